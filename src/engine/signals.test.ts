import { describe, expect, it } from 'vitest';
import { hasAttributedSource } from './signals';

describe('hasAttributedSource', () => {
  it.each([
    'Theo Bộ Y tế, số ca mắc tăng',
    'theo báo Tuổi Trẻ đưa tin',
    'theo bao Thanh Nien',
    'Nguồn: VTV',
    '(nguon: vnexpress)',
    'According to Reuters, prices rose',
    'Trích thông báo của UBND',
    'via @baochinhphu',
    'Source: WHO',
    'Theo nguồn tin từ Bộ Công an',
    // an authority or a named speaker as the subject of a verb of saying, announcing or deciding
    'Ngân hàng Nhà nước vừa quyết định giảm lãi suất điều hành',
    'Bộ Y tế cho biết số ca sốt xuất huyết tăng 12%',
    'UBND phường 7 thông báo: từ 7h tạm cắt điện',
    'Công an quận Cầu Giấy vừa có thông báo về thủ đoạn mới',
    'EVN khẳng định không tăng giá điện',
    'Kính gửi quý phụ huynh, nhà trường thông báo học sinh được nghỉ',
    'Bộ trưởng Bộ Tài chính nói ngân sách thu vượt dự toán',
    'ông Trần Quốc Bảo, Giám đốc Sở Giao thông vận tải, cho biết quy định áp dụng từ tháng 1',
    'người phát ngôn Bộ Ngoại giao Phạm Thu Hằng khẳng định',
    // an outlet named as the subject, without "theo"
    'VnExpress đưa tin giá xăng giảm',
    'Tuổi Trẻ vừa đăng: Quốc hội thông qua luật',
    'VTV24 vừa phát bản tin dự báo bão',
    // "theo <a document> của <a name>", "<a document> của <a name>"
    'Theo biểu phí của Vietcombank, chuyển khoản qua app miễn phí',
    'Thông báo của Ban quản lý chung cư: ngày 20/6 cắt nước',
    // a first-hand account
    'Hôm qua mình bị gọi điện giả danh công an',
    'nhà mình vừa bị cúp nước từ sáng',
    'Tuần trước mình đưa mẹ đi khám ở bệnh viện tỉnh',
    'hom qua minh bi lua mat 2 trieu',
    'Hôm qua con mình bị đau bụng sau khi ăn bánh mì',
  ])('named source: %s', (text) => expect(hasAttributedSource(text)).toBe(true));

  it.each([
    'theo tôi thì không đúng',
    'tiếp theo là phần hai',
    'theo dõi trang để cập nhật',
    'Nghe nói sắp tăng giá',
    'nguồn nước bị ô nhiễm',
    'xem tiếp theo, Hà Nội mưa',
    'Theo nguồn tin của mình thì sắp cấm xe máy',
    'theo nguon tin rieng, tuan sau doi tien',
    'Theo nguồn tin đáng tin cậy',
    // close forms that name no one the reader could check
    'một nguồn tin cho biết sắp đổi tiền',
    'người ta bảo sắp cấm xe máy',
    'bạn mình làm ở Bộ nói sắp tăng lương',
    'Ai cũng nói vậy',
    'Người ta nói tháng sau đổi tiền',
    // a body as the subject of a claim of content, not of saying
    'Bộ Giáo dục vừa ra quy định học sinh không mặc đồng phục bị phạt',
    'Chính phủ hỗ trợ mỗi người 2 triệu',
    'Hà Nội cấm xe máy toàn bộ nội thành',
    // forwards and hearsay in the first person, a possessive, a crowd
    'mình vừa đọc được tin sắp đổi tiền',
    'mình thấy trên mạng bảo sắp đổi tiền',
    'Mình thông báo với cả nhà là sắp đổi tiền',
    'Chủ tịch xã tôi ăn 2 tỷ tiền xây trường',
    'Xăng tăng từ chiều nay, anh em đi đổ đầy bình lẹ',
    'các em bị bắt cóc ở cổng trường',
    'Thông báo của mình nhé',
    // a shouted headline is no speaker
    'NÓNG: Bộ Y tế sắp cấm bán thuốc',
  ])('no named source: %s', (text) => expect(hasAttributedSource(text)).toBe(false));
});
