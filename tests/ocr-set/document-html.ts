// A document of documents.ts laid out as the formats prescribe, as one A4 page at 150 dpi (1240 × 1754 px):
// issuer and number on the left with the stamps under the number, the national (Party, Youth Union) header
// on the right, title, addressee, body, distribution list and signature block.
import type { DocumentSpec, Stamp } from './documents';

export const PAGE_WIDTH = 1240;
export const PAGE_HEIGHT = 1754;

const RIGHT_HEADER: Record<DocumentSpec['format'], string[]> = {
  state: ['CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Độc lập - Tự do - Hạnh phúc'],
  party: ['ĐẢNG CỘNG SẢN VIỆT NAM'],
  youth: ['ĐOÀN TNCS HỒ CHÍ MINH'],
};

function escape(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

function stampHtml(stamp: Stamp): string {
  const redInk = '#d0141e';
  const darkInk = '#1b1b1b';
  const base = `display:inline-block;margin:10px 0 0 0;font-weight:700;letter-spacing:1px;opacity:${stamp.ink};transform:rotate(${stamp.tilt}deg)`;
  const style = {
    'red-frame': `${base};color:${redInk};border:4px solid ${redInk};padding:4px 18px;font-size:34px;font-family:Tinos`,
    'red-double': `${base};color:${redInk};border:8px double ${redInk};padding:4px 18px;font-size:34px;font-family:Tinos`,
    'red-text': `${base};color:${redInk};font-size:32px`,
    'dark-frame': `${base};color:${darkInk};border:4px solid ${darkInk};padding:4px 18px;font-size:34px;font-family:Tinos`,
    'dark-text': `${base};color:${darkInk};font-size:30px`,
  }[stamp.style];
  return `<div><span style="${style}">${escape(stamp.text)}</span></div>`;
}

export function documentHtml(doc: DocumentSpec, fontCss: string): string {
  const family = doc.font === 'serif' ? 'Tinos' : 'Arimo';
  const [right1, right2] = RIGHT_HEADER[doc.format];
  const issuer = doc.issuer
    .map((line, i) => {
      const last = i === doc.issuer.length - 1 || doc.issuer[i + 1]?.startsWith('*');
      if (line.startsWith('*')) return `<div style="font-weight:400">${line}</div>`;
      return `<div style="font-weight:${last ? 700 : 400}">${escape(line)}</div>`;
    })
    .join('');
  const underline =
    doc.format === 'state'
      ? '<div style="width:120px;height:2px;background:#111;margin:4px auto 0"></div>'
      : '';
  const title = (doc.title ?? [])
    .map((line, i) =>
      i === 0
        ? `<div style="font-weight:700;font-size:32px;margin-top:44px">${escape(line)}</div>`
        : `<div style="font-weight:700;margin-top:4px">${escape(line)}</div>`,
    )
    .join('');
  const addressee = doc.addressee
    ? `<div style="margin:26px 0 0 ${doc.addressee.length > 1 ? 260 : 120}px">${doc.addressee
        .map((line, i) => `<div style="${i > 0 ? 'margin-left:140px' : ''}">${escape(line)}</div>`)
        .join('')}</div>`
    : '';
  const body = doc.body.map((p) => `<p style="margin:8px 0;text-indent:48px">${escape(p)}</p>`).join('');
  const recipients = doc.recipients
    .map((line, i) =>
      i === 0 && line.endsWith(':')
        ? `<div style="font-weight:700;font-style:italic;font-size:24px">${escape(line)}</div>`
        : `<div style="font-size:22px">${escape(line)}</div>`,
    )
    .join('');
  const signature = doc.signature
    .map((line) => `<div style="font-weight:700">${escape(line)}</div>`)
    .join('');
  return `<!doctype html><html lang="vi"><head><meta charset="utf-8"><style>${fontCss}
html,body{margin:0;background:#fff}
.page{position:relative;width:${PAGE_WIDTH}px;height:${PAGE_HEIGHT}px;box-sizing:border-box;padding:110px 90px 80px 160px;font-family:${family};font-size:27px;line-height:1.45;color:#111}
</style></head><body><div class="page">
<div style="display:flex;justify-content:space-between">
  <div style="width:42%;text-align:center">${issuer}${underline}
    <div style="margin-top:14px">${escape(doc.number)}</div>
    ${doc.subject ? `<div style="font-size:23px;margin-top:4px">${escape(doc.subject)}</div>` : ''}
    ${doc.stamps.map(stampHtml).join('')}
  </div>
  <div style="width:58%;text-align:center">
    <div style="font-weight:700;white-space:nowrap;font-size:25px">${right2 ? right1 : `<span style="border-bottom:2px solid #111">${right1}</span>`}</div>
    ${right2 ? `<div style="font-weight:700;display:inline-block;border-bottom:2px solid #111">${right2}</div>` : ''}
    <div style="font-style:italic;margin-top:22px">${escape(doc.placeDate)}</div>
  </div>
</div>
<div style="text-align:center">${title}</div>
${addressee}
<div style="margin-top:26px;text-align:justify">${body}</div>
<div style="display:flex;justify-content:space-between;margin-top:40px">
  <div style="width:44%">${recipients}</div>
  <div style="width:50%;text-align:center">${signature}<div style="height:140px"></div><div style="font-weight:700">${escape(doc.signer)}</div></div>
</div>
</div></body></html>`;
}
