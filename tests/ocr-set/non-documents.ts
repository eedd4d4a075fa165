// The non-document images of the OCR test set: what people post every day that has text in it. Several
// are hard on purpose: a honey advert in red ("MẬT ONG", "Kính gửi quý khách"), a delivery ad with "HỎA
// TỐC", a school notice with "Kính gửi:", a public notice titled "THÔNG BÁO", a news screenshot citing a
// decree, a form template with the national header. None of them is a document being leaked.

export interface NonDocumentSpec {
  id: string;
  kind: 'photo' | 'meme' | 'ad' | 'menu' | 'chat' | 'notice' | 'screenshot';
  width: number;
  height: number;
  /** The image's HTML body (inline styles; fonts: "Tinos" serif, "Arimo" sans). */
  html: string;
}

/** A painted "photo": sky, hills and a sun from gradients (no photo files: the set is rebuilt from code). */
function scene(sky: string, ground: string, sun = true): string {
  return `<div style="position:absolute;inset:0;background:linear-gradient(${sky})"></div>
${sun ? '<div style="position:absolute;left:62%;top:14%;width:120px;height:120px;border-radius:50%;background:radial-gradient(#fff6c8,#ffb347)"></div>' : ''}
<div style="position:absolute;left:-10%;right:-10%;bottom:0;height:46%;border-radius:50% 50% 0 0;background:linear-gradient(${ground})"></div>
<div style="position:absolute;left:30%;right:-20%;bottom:0;height:34%;border-radius:60% 40% 0 0;background:linear-gradient(${ground});filter:brightness(.8)"></div>`;
}

const caption = (text: string, size = 34) =>
  `<div style="position:absolute;left:0;right:0;bottom:0;padding:18px 28px;background:rgba(0,0,0,.55);color:#fff;font:600 ${size}px Arimo">${text}</div>`;

const meme = (top: string, bottom: string, bg: string) =>
  `<div style="position:absolute;inset:0;background:${bg}"></div>
<div style="position:absolute;left:50%;top:50%;width:300px;height:300px;margin:-150px;border-radius:50%;background:radial-gradient(circle at 40% 35%,#ffe0b2,#c68642);"></div>
<div style="position:absolute;left:0;right:0;top:20px;text-align:center;color:#fff;font:700 64px Arimo;-webkit-text-stroke:3px #000;text-transform:uppercase">${top}</div>
<div style="position:absolute;left:0;right:0;bottom:24px;text-align:center;color:#fff;font:700 64px Arimo;-webkit-text-stroke:3px #000;text-transform:uppercase">${bottom}</div>`;

function chat(title: string, messages: [mine: boolean, text: string][]): string {
  const bubbles = messages
    .map(
      ([mine, text]) =>
        `<div style="display:flex;justify-content:${mine ? 'flex-end' : 'flex-start'};margin:14px 24px"><div style="max-width:70%;padding:16px 20px;border-radius:18px;background:${mine ? '#e5efff' : '#fff'};font:30px/1.35 Arimo;color:#081c36">${text}</div></div>`,
    )
    .join('');
  return `<div style="position:absolute;inset:0;background:#eef0f1"></div>
<div style="position:relative;height:64px;background:#fff;font:600 24px Arimo;display:flex;align-items:center;justify-content:space-between;padding:0 28px"><span>9:41</span><span>▮▮▮ 86%</span></div>
<div style="position:relative;height:96px;background:#0068ff;color:#fff;font:600 34px Arimo;display:flex;align-items:center;padding:0 28px">← ${title}</div>
<div style="position:relative">${bubbles}</div>`;
}

export const NON_DOCUMENTS: readonly NonDocumentSpec[] = [
  {
    id: 'photo-01-ha-long',
    kind: 'photo',
    width: 1280,
    height: 960,
    html:
      scene('#7ec8f0,#d6f0ff 60%', '#3f7d4e,#2c5a37') +
      caption('Vịnh Hạ Long sáng nay đẹp quá mọi người ơi! Cuối tuần này ai đi cùng không?'),
  },
  {
    id: 'photo-02-wedding',
    kind: 'photo',
    width: 1200,
    height: 1200,
    html:
      scene('#f6d5e5,#fff1f6 70%', '#e6b8c8,#c98fa6', false) +
      caption('Chúc mừng hạnh phúc Minh & Hoa — 20.10.2025', 44),
  },
  {
    id: 'photo-03-flood',
    kind: 'photo',
    width: 1280,
    height: 853,
    html:
      scene('#8a9aa8,#c3cbd2 60%', '#6f7f63,#4a5a44', false) +
      caption('Nước lên nhanh ở xã Hương Phong chiều nay, bà con chú ý an toàn nhé. Ảnh: Trần Huy'),
  },
  {
    id: 'photo-04-market',
    kind: 'photo',
    width: 1080,
    height: 1350,
    html:
      scene('#ffd39a,#ffefd6 60%', '#b5651d,#7a4210') +
      caption('Chợ nổi Cái Răng 5 giờ sáng — mật ong, trái cây, hủ tiếu đủ cả', 38),
  },
  {
    id: 'meme-01-monday',
    kind: 'meme',
    width: 1000,
    height: 1000,
    html: meme('Khi sếp bảo', 'Mai họp lúc 7 giờ sáng', 'linear-gradient(#5d7fa3,#2e4a66)'),
  },
  {
    id: 'meme-02-exam',
    kind: 'meme',
    width: 1000,
    height: 1000,
    html: meme('Đề thi: dễ thôi', 'Tôi lúc làm bài:', 'linear-gradient(#a35d5d,#662e2e)'),
  },
  {
    id: 'meme-03-secret',
    kind: 'meme',
    width: 1080,
    height: 1080,
    html: meme('Bí mật của thành công', 'là ngủ đủ 8 tiếng', 'linear-gradient(#5da37a,#2e664a)'),
  },
  {
    id: 'ad-01-honey-framed',
    kind: 'ad',
    width: 1080,
    height: 1350,
    html: `<div style="position:absolute;inset:0;background:linear-gradient(#fff4d6,#ffd77a)"></div>
<div style="position:absolute;left:90px;top:90px;border:8px solid #c8102e;padding:16px 40px;color:#c8102e;font:700 96px Tinos">MẬT ONG</div>
<div style="position:absolute;left:90px;top:300px;color:#7a4a00;font:700 64px Arimo">RỪNG NGUYÊN CHẤT</div>
<div style="position:absolute;left:90px;top:420px;width:280px;height:420px;border-radius:40px 40px 20px 20px;background:linear-gradient(#ffb300,#c67c00)"></div>
<div style="position:absolute;left:420px;top:460px;right:60px;color:#4a2c00;font:36px/1.5 Arimo">Kính gửi quý khách hàng!<br>Mật ong hoa cà phê Đắk Lắk, chai 500ml chỉ 180.000đ.<br>Giao hàng toàn quốc, đổi trả trong 7 ngày.</div>
<div style="position:absolute;left:90px;bottom:90px;color:#c8102e;font:700 54px Arimo">☎ 0912 345 678</div>`,
  },
  {
    id: 'ad-02-honey-banner',
    kind: 'ad',
    width: 1200,
    height: 628,
    html: `<div style="position:absolute;inset:0;background:#2b1a00"></div>
<div style="position:absolute;left:60px;top:60px;color:#ffcc33;font:700 110px Tinos">MẬT</div>
<div style="position:absolute;left:60px;top:190px;color:#ffcc33;font:700 80px Tinos">ONG BẠC HÀ</div>
<div style="position:absolute;left:60px;top:320px;color:#fff;font:34px/1.4 Arimo">Đặc sản Hà Giang — mua 2 tặng 1<br>Khuyến mãi đến hết 30/11</div>
<div style="position:absolute;right:70px;top:90px;width:360px;height:440px;border-radius:50%;background:radial-gradient(#ffd54f,#b8860b)"></div>`,
  },
  {
    id: 'ad-03-delivery',
    kind: 'ad',
    width: 1080,
    height: 1080,
    html: `<div style="position:absolute;inset:0;background:linear-gradient(135deg,#ff5722,#ff9800)"></div>
<div style="position:absolute;left:70px;top:80px;color:#fff;font:700 84px Arimo">Giao HỎA TỐC 2h</div>
<div style="position:absolute;left:70px;top:200px;color:#fff;font:44px/1.5 Arimo">nội thành Hà Nội, TP.HCM<br>Miễn phí ship đơn từ 300K</div>
<div style="position:absolute;left:70px;bottom:80px;border:6px solid #fff;padding:14px 30px;color:#fff;font:700 56px Arimo">ĐẶT NGAY</div>`,
  },
  {
    id: 'ad-04-sale',
    kind: 'ad',
    width: 1080,
    height: 1080,
    html: `<div style="position:absolute;inset:0;background:#111"></div>
<div style="position:absolute;left:0;right:0;top:150px;text-align:center;color:#e53935;font:700 180px Arimo">SALE 50%</div>
<div style="position:absolute;left:0;right:0;top:420px;text-align:center;color:#fff;font:48px Arimo">Toàn bộ giày thể thao — chỉ 3 ngày</div>
<div style="position:absolute;left:0;right:0;top:520px;text-align:center;color:#bbb;font:36px Arimo">Số 12 Lê Lợi, Q.1 • Mở cửa 8:00 - 22:00</div>`,
  },
  {
    id: 'menu-01-pho',
    kind: 'menu',
    width: 1080,
    height: 1440,
    html: `<div style="position:absolute;inset:0;background:#fffaf0"></div>
<div style="position:absolute;left:0;right:0;top:70px;text-align:center;font:700 80px Tinos;color:#8b0000">PHỞ GIA TRUYỀN</div>
<div style="position:absolute;left:120px;right:120px;top:240px;font:44px/2 Tinos;color:#222">
<div style="display:flex;justify-content:space-between"><span>Phở bò tái</span><span>55.000</span></div>
<div style="display:flex;justify-content:space-between"><span>Phở bò chín</span><span>55.000</span></div>
<div style="display:flex;justify-content:space-between"><span>Phở gà</span><span>50.000</span></div>
<div style="display:flex;justify-content:space-between"><span>Quẩy</span><span>5.000</span></div>
<div style="display:flex;justify-content:space-between"><span>Trà đá</span><span>5.000</span></div>
<div style="display:flex;justify-content:space-between"><span>Nước sấu</span><span>15.000</span></div></div>
<div style="position:absolute;left:0;right:0;bottom:80px;text-align:center;font:italic 36px Tinos;color:#555">Mở cửa từ 6 giờ sáng — Cảm ơn quý khách!</div>`,
  },
  {
    id: 'menu-02-cafe',
    kind: 'menu',
    width: 1080,
    height: 1350,
    html: `<div style="position:absolute;inset:0;background:#2f2a26"></div>
<div style="position:absolute;left:90px;top:80px;font:700 72px Arimo;color:#f3e3c3">CÀ PHÊ MẬT ONG</div>
<div style="position:absolute;left:90px;top:200px;right:90px;font:40px/2.1 Arimo;color:#f3e3c3">
<div style="display:flex;justify-content:space-between"><span>Cà phê sữa đá</span><span>29K</span></div>
<div style="display:flex;justify-content:space-between"><span>Bạc xỉu</span><span>32K</span></div>
<div style="display:flex;justify-content:space-between"><span>Trà đào cam sả</span><span>39K</span></div>
<div style="display:flex;justify-content:space-between"><span>Chanh mật ong</span><span>35K</span></div>
<div style="display:flex;justify-content:space-between"><span>Sinh tố bơ</span><span>45K</span></div></div>`,
  },
  {
    id: 'chat-01-family',
    kind: 'chat',
    width: 1080,
    height: 1920,
    html: chat('Gia đình', [
      [false, 'Tối nay cả nhà về ăn cơm nhé, mẹ nấu canh chua'],
      [true, 'Dạ con về muộn chút, tầm 7 giờ ạ'],
      [false, 'Nhớ mua giúp mẹ chai mật ong với ít chanh'],
      [true, 'Vâng ạ 👍'],
    ]),
  },
  {
    id: 'chat-02-office-gossip',
    kind: 'chat',
    width: 1080,
    height: 1920,
    html: chat('Nhóm bạn cấp 3', [
      [false, 'Nghe nói phòng mình sắp có quyết định luân chuyển đấy'],
      [true, 'Thật à, ai nói thế?'],
      [false, 'Mình cũng không chắc, chờ văn bản chính thức đi'],
      [true, 'Ừ, đừng đồn lung tung kẻo mệt'],
    ]),
  },
  {
    id: 'chat-03-shop',
    kind: 'chat',
    width: 1080,
    height: 1920,
    html: chat('Shop Mẹ Bống', [
      [true, 'Shop ơi đơn của mình giao chưa ạ?'],
      [false, 'Dạ đơn của chị đã giao hỏa tốc, chiều nay tới ạ'],
      [false, 'Mã vận đơn: GHN123456789'],
      [true, 'Cảm ơn shop nhiều'],
    ]),
  },
  {
    id: 'notice-01-shop-tet',
    kind: 'notice',
    width: 1080,
    height: 1350,
    html: `<div style="position:absolute;inset:0;background:#c62828"></div>
<div style="position:absolute;left:0;right:0;top:120px;text-align:center;color:#ffeb3b;font:700 110px Tinos">THÔNG BÁO</div>
<div style="position:absolute;left:100px;right:100px;top:330px;text-align:center;color:#fff;font:52px/1.5 Tinos">Shop nghỉ Tết từ ngày 25/1 đến hết ngày 5/2 âm lịch.<br>Kính chúc quý khách năm mới an khang thịnh vượng!</div>`,
  },
  {
    id: 'notice-02-school',
    kind: 'notice',
    width: 1240,
    height: 1100,
    html: `<div style="position:absolute;inset:0;background:#fff"></div>
<div style="position:absolute;left:100px;top:80px;font:700 36px Tinos">TRƯỜNG TIỂU HỌC HOA SEN</div>
<div style="position:absolute;left:0;right:0;top:190px;text-align:center;font:700 52px Tinos">THƯ MỜI HỌP PHỤ HUYNH</div>
<div style="position:absolute;left:100px;right:100px;top:310px;font:38px/1.7 Tinos">Kính gửi: Quý phụ huynh học sinh lớp 3A<br>Nhà trường trân trọng kính mời quý phụ huynh đến dự buổi họp đầu năm học vào lúc 8 giờ sáng Chủ nhật, ngày 14/9/2025, tại phòng học lớp 3A.<br>Rất mong quý phụ huynh đến đúng giờ.</div>
<div style="position:absolute;right:120px;bottom:90px;text-align:center;font:700 36px Tinos">GIÁO VIÊN CHỦ NHIỆM<br><br><span style="font-weight:400">Nguyễn Thị Hạnh</span></div>`,
  },
  {
    id: 'notice-03-blood-drive',
    kind: 'notice',
    width: 1080,
    height: 1350,
    html: `<div style="position:absolute;inset:0;background:linear-gradient(#fff,#ffe5e5)"></div>
<div style="position:absolute;left:0;right:0;top:90px;text-align:center;color:#c62828;font:700 64px Arimo">NGÀY HỘI HIẾN MÁU</div>
<div style="position:absolute;left:0;right:0;top:190px;text-align:center;color:#333;font:40px Arimo">Đoàn Thanh niên phường Bến Nghé</div>
<div style="position:absolute;left:110px;right:110px;top:320px;color:#333;font:38px/1.7 Arimo">Thời gian: 7h30 Chủ nhật 12/10/2025<br>Địa điểm: Nhà văn hóa Thanh niên<br>Mỗi giọt máu cho đi — một cuộc đời ở lại.<br>Đăng ký: 0987 654 321</div>`,
  },
  {
    id: 'screenshot-01-news',
    kind: 'screenshot',
    width: 1080,
    height: 1600,
    html: `<div style="position:absolute;inset:0;background:#fff"></div>
<div style="height:64px;background:#f5f5f5;font:600 24px Arimo;display:flex;align-items:center;justify-content:space-between;padding:0 28px"><span>10:05</span><span>4G 72%</span></div>
<div style="padding:30px 40px;font:700 52px/1.3 Tinos;color:#111">Bộ Nội vụ sửa đổi quy định về tuyển dụng công chức</div>
<div style="padding:0 40px;font:28px Arimo;color:#888">Thời sự • 2 giờ trước</div>
<div style="padding:30px 40px;font:36px/1.6 Tinos;color:#222">Theo Quyết định số 15/QĐ-BNV vừa ban hành, việc tuyển dụng công chức sẽ được thực hiện tập trung. Hội nghị đã thảo luận về việc áp dụng Quy định 85-QĐ/TW đối với cán bộ, đảng viên trên mạng xã hội.</div>`,
  },
  {
    id: 'screenshot-02-form-template',
    kind: 'screenshot',
    width: 1240,
    height: 1300,
    html: `<div style="position:absolute;inset:0;background:#fff"></div>
<div style="position:absolute;left:0;right:0;top:70px;text-align:center;font:700 36px Tinos">CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</div>
<div style="position:absolute;left:0;right:0;top:120px;text-align:center;font:700 34px Tinos;text-decoration:underline">Độc lập - Tự do - Hạnh phúc</div>
<div style="position:absolute;left:0;right:0;top:250px;text-align:center;font:700 48px Tinos">ĐƠN XIN NGHỈ PHÉP</div>
<div style="position:absolute;left:100px;right:100px;top:360px;font:36px/2 Tinos">Kính gửi: Ban Giám đốc Công ty TNHH Minh Phát<br>Tôi tên là: .............................................<br>Bộ phận: ................................................<br>Xin nghỉ phép từ ngày ...... đến ngày ......<br>Lý do: ....................................................</div>`,
  },
  {
    id: 'screenshot-03-weather',
    kind: 'screenshot',
    width: 1080,
    height: 1400,
    html: `<div style="position:absolute;inset:0;background:linear-gradient(#4a90e2,#87c1ff)"></div>
<div style="position:absolute;left:0;right:0;top:120px;text-align:center;color:#fff;font:44px Arimo">Hà Nội</div>
<div style="position:absolute;left:0;right:0;top:200px;text-align:center;color:#fff;font:200 200px Arimo">27°</div>
<div style="position:absolute;left:0;right:0;top:460px;text-align:center;color:#fff;font:40px Arimo">Có mưa rào rải rác • Cao 31° Thấp 24°</div>
<div style="position:absolute;left:80px;right:80px;top:620px;color:#fff;font:36px/2 Arimo">Thứ Hai — 30° / 24°<br>Thứ Ba — 29° / 23°<br>Thứ Tư — 31° / 25°</div>`,
  },
];
