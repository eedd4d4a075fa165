// The built-in sources pack reads the publication date from real article addresses of the major Vietnamese
// outlets (shapes collected from public pages, 2018–2026), and says nothing for the outlets whose addresses
// carry no date (listed in rules/vn-sources/README.md).
import { describe, expect, it } from 'vitest';
import { createChecker } from '../src/engine';
import { loadBuiltInPacks } from './support/builtin-packs';

const checker = createChecker(loadBuiltInPacks());
const published = (url: string) => checker.check(`Xem bài này ${url}`).links[0]?.published;

describe('publication dates in article addresses (vn-sources)', () => {
  it.each([
    // yyyymmdd + time
    [
      'tuoitre.vn',
      'https://tuoitre.vn/mua-hoa-sung-ruc-ro-o-ninh-binh-khien-du-khach-ngo-ngang-20251026154627142.htm',
      '2025-10-26',
    ],
    [
      'dantri.com.vn',
      'https://dantri.com.vn/xa-hoi/ha-noi-ca-nghi-mac-covid-19-ghe-qua-ca-cho-xanh-van-quan-bi-phong-toa-20210525102557024.htm',
      '2021-05-25',
    ],
    [
      'vtv.vn',
      'https://vtv.vn/xa-hoi/dai-hoc-bach-khoa-ha-noi-dung-hop-dong-voi-don-vi-cung-cap-suat-an-sau-phan-anh-cua-vtv-20241008070959807.htm',
      '2024-10-08',
    ],
    [
      'baotintuc.vn',
      'https://baotintuc.vn/kinh-te/logistics-xanh-huong-di-moi-de-phat-trien-ben-vung-20230401073856267.htm',
      '2023-04-01',
    ],
    [
      'nld.com.vn (until 2024)',
      'https://nld.com.vn/phap-luat/dien-vien-le-hang-bi-bat-vi-mua-ban-ma-tuy-20230423173501249.htm',
      '2023-04-23',
    ],
    [
      'nld.com.vn (2022, 16 digits)',
      'https://nld.com.vn/kinh-te/gia-vang-hom-nay-7-8-bien-dong-manh-kho-doan-2022080709055833.htm',
      '2022-08-07',
    ],
    // section code + yymmdd + time
    [
      'thanhnien.vn',
      'https://thanhnien.vn/thien-tai-khoc-liet-tai-khanh-hoa-nam-2025-gay-thiet-hai-tren-6000-ti-dong-185251215164812173.htm',
      '2025-12-15',
    ],
    [
      'baochinhphu.vn',
      'https://baochinhphu.vn/canh-bao-gia-mao-van-ban-cua-uy-ban-chung-khoan-nha-nuoc-102230703171911732.htm',
      '2023-07-03',
    ],
    [
      'nld.com.vn (2025)',
      'https://nld.com.vn/cong-an-tp-hcm-ket-luan-vu-ca-si-chi-dan-dung-ma-tuy-196250821135822527.htm',
      '2025-08-21',
    ],
    [
      'suckhoedoisong.vn',
      'https://suckhoedoisong.vn/moi-nam-gan-2000-tre-em-viet-nam-tu-vong-vi-duoi-nuoc-cao-hon-nhieu-lan-mot-so-quoc-gia-169251217144101782.htm',
      '2025-12-17',
    ],
    [
      'cafef.vn',
      'https://cafef.vn/don-dau-xu-huong-open-api-trong-chung-khoan-dnse-khang-dinh-vi-the-voi-cu-bat-tay-zalopay-188240105204213522.chn',
      '2024-01-05',
    ],
    // year and month folders
    [
      'vietstock.vn',
      'https://vietstock.vn/2023/11/kdc-bi-phat-va-truy-thu-thue-hon-21-ty-dong-737-1123766.htm',
      '2023-11',
    ],
  ])('%s', (_outlet, url, date) => {
    expect(published(url)).toBe(date);
  });

  it('reads the mobile and tracked forms of the same address', () => {
    expect(
      published(
        'https://m.tuoitre.vn/nguoi-mau-nhikolai-dinh-bi-bat-20240625230004986.htm?utm_source=facebook&fbclid=x',
      ),
    ).toBe('2024-06-25');
  });

  it.each([
    ['vnexpress.net', 'https://vnexpress.net/nguoi-mau-andrea-aybar-va-ca-si-chi-dan-bi-bat-4814295.html'],
    [
      'vietnamnet.vn',
      'https://vietnamnet.vn/ngoai-nguyen-cong-tri-nhung-nghe-si-nao-tung-bi-bat-vi-ma-tuy-2424971.html',
    ],
    [
      'tienphong.vn',
      'https://tienphong.vn/ca-si-miu-le-bi-bat-qua-tang-su-dung-ma-tuy-cung-nhom-ban-o-cat-ba-post1842432.tpo',
    ],
    ['vov.vn', 'https://vov.vn/kinh-te/co-hoi-tiem-nang-voi-fpt-va-vpb-post1321824.vov'],
    [
      'suckhoedoisong.vn (before 2022)',
      'https://suckhoedoisong.vn/bai-thuoc-don-gian-giup-toc-rung-moc-lai-sau-chi-sau-2-thang-169133117.htm',
    ],
    ['an unlisted outlet with a date-like id', 'https://example.com/tin-20210315101010123.htm'],
  ])('no date for %s', (_outlet, url) => {
    expect(published(url)).toBeUndefined();
  });
});
