// Builds the OCR test set from code: renders documents.ts and non-documents.ts in Chromium (Playwright,
// /usr/bin/chromium) and makes each document's clean, phone-like and screenshot variants there (CSS
// perspective and rotation, blur, seeded noise, uneven light, JPEG 60). The images are not committed: they
// are rebuilt into .cache/ocr-set/<key>/ whenever this generator, its texts, its fonts or the browser change.
//
//   npx tsx tests/ocr-set/build-set.ts        rebuild (if needed) and print where the set is
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';
import { documentHtml, PAGE_HEIGHT, PAGE_WIDTH } from './document-html';
import { DOCUMENTS, type StampText } from './documents';
import { NON_DOCUMENTS } from './non-documents';

export type Variant = 'clean' | 'phone' | 'screenshot';

export interface SetImage {
  /** File name inside the set's folder. */
  file: string;
  id: string;
  variant: Variant;
  document: boolean;
  /** Stamps printed on the page (documents only); a screenshot shows the top of the page, stamps included. */
  stamps: StampText[];
}

export interface OcrSet {
  dir: string;
  images: SetImage[];
}

const HERE = path.dirname(fileURLToPath(import.meta.url));
const ROOT = path.resolve(HERE, '../..');
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const VARIANTS: Variant[] = ['clean', 'phone', 'screenshot'];

/** The fonts as data: URLs (the page is about:blank and may not load files): Vietnamese, Latin, Latin Ext. */
function fontCss(): string {
  const faces: string[] = [];
  for (const family of ['tinos', 'arimo']) {
    const dir = path.join(ROOT, 'node_modules/@fontsource', family, 'files');
    for (const weight of [400, 700])
      for (const style of ['normal', 'italic'])
        for (const subset of ['vietnamese', 'latin-ext', 'latin']) {
          const file = path.join(dir, `${family}-${subset}-${weight}-${style}.woff2`);
          if (!existsSync(file)) continue;
          const data = readFileSync(file).toString('base64');
          const name = family[0]!.toUpperCase() + family.slice(1);
          faces.push(
            `@font-face{font-family:${name};font-weight:${weight};font-style:${style};src:url(data:font/woff2;base64,${data}) format('woff2')}`,
          );
        }
  }
  return faces.join('\n');
}

/** Deterministic noise and parameters: the same set on every machine. */
function seeded(seed: string): () => number {
  let a = createHash('sha256').update(seed).digest().readUInt32LE(0);
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const between = (random: () => number, low: number, high: number) => low + (high - low) * random();

/**
 * A phone photo of a printed page: the page lies on a desk, seen slightly from below and turned by 2–4°,
 * 1,000–1,250 px wide in a 1,200 × 1,600 photo (what a messenger keeps of a phone photo), with soft focus,
 * sensor noise, light falling off to one side, saved as JPEG quality 60.
 */
function phoneHtml(png: string, width: number, height: number, seed: string): string {
  const r = seeded(seed);
  const tilt = between(r, 2, 4) * (r() < 0.5 ? -1 : 1);
  const pitch = between(r, 4, 9);
  const yaw = between(r, -5, 5);
  const pageWidth = between(r, 1000, 1250);
  const blur = between(r, 0.5, 0.9);
  const light = `${Math.round(between(r, 20, 80))}% ${Math.round(between(r, 10, 40))}%`;
  const noiseSeed = Math.floor(r() * 1e9);
  const scale = pageWidth / width;
  return `<!doctype html><html><body style="margin:0;width:1200px;height:1600px;overflow:hidden;background:linear-gradient(160deg,#8d6e63,#5d4037);perspective:1800px">
<img src="data:image/png;base64,${png}" style="position:absolute;left:${(1200 - width * scale) / 2}px;top:${Math.max(20, (1600 - height * scale) / 2)}px;width:${width * scale}px;height:${height * scale}px;transform:rotateX(${pitch}deg) rotateY(${yaw}deg) rotate(${tilt}deg);filter:blur(${blur}px) contrast(.92);box-shadow:0 10px 30px rgba(0,0,0,.5)">
<div style="position:absolute;inset:0;background:radial-gradient(circle at ${light},rgba(255,250,235,.12),rgba(40,30,20,.33));mix-blend-mode:multiply"></div>
<canvas id="noise" width="1200" height="1600" style="position:absolute;inset:0;opacity:.14"></canvas>
<script>
let s=${noiseSeed};const rnd=()=>{s=(s*1103515245+12345)&0x7fffffff;return s/0x7fffffff};
const c=document.getElementById('noise').getContext('2d');const d=c.createImageData(1200,1600);
for(let i=0;i<d.data.length;i+=4){const v=Math.floor(rnd()*255);d.data[i]=d.data[i+1]=d.data[i+2]=v;d.data[i+3]=255}
c.putImageData(d,0,0);
</script></body></html>`;
}

/** A phone screenshot of the page open in a viewer: status bar, toolbar, the top of the page at 1,080 px. */
function screenshotHtml(png: string, title: string): string {
  return `<!doctype html><html><body style="margin:0;width:1080px;height:2000px;overflow:hidden;background:#000;font-family:Arimo">
<div style="height:70px;background:#111;color:#fff;font:600 28px Arimo;display:flex;align-items:center;justify-content:space-between;padding:0 32px"><span>14:27</span><span>5G ▮▮▮ 64%</span></div>
<div style="height:110px;background:#1f1f1f;color:#fff;font:34px Arimo;display:flex;align-items:center;padding:0 32px">←&nbsp;&nbsp;${title}.pdf</div>
<div style="height:1700px;overflow:hidden;background:#fff"><img src="data:image/png;base64,${png}" style="width:1080px"></div>
<div style="height:120px;background:#1f1f1f"></div></body></html>`;
}

async function shoot(
  page: Page,
  html: string,
  width: number,
  height: number,
  type: 'png' | 'jpeg',
  quality?: number,
) {
  await page.setViewportSize({ width, height });
  await page.setContent(html, { waitUntil: 'load' });
  await page.evaluate(() => document.fonts.ready.then(() => undefined));
  return page.screenshot({ type, ...(quality ? { quality } : {}), clip: { x: 0, y: 0, width, height } });
}

function cacheKey(browserVersion: string, only: readonly string[] | undefined): string {
  const hash = createHash('sha256');
  for (const file of ['build-set.ts', 'document-html.ts', 'documents.ts', 'non-documents.ts'])
    hash.update(readFileSync(path.join(HERE, file)));
  for (const family of ['tinos', 'arimo'])
    hash.update(readFileSync(path.join(ROOT, 'node_modules/@fontsource', family, 'package.json')));
  hash.update(browserVersion);
  if (only) hash.update(`only:${[...only].sort().join(',')}`);
  return hash.digest('hex').slice(0, 16);
}

async function render(
  browser: Browser,
  dir: string,
  only: readonly string[] | undefined,
): Promise<SetImage[]> {
  const wanted = (id: string) => !only || only.includes(id);
  const fonts = fontCss();
  const page = await browser.newPage();
  const images: SetImage[] = [];
  const save = (file: string, data: Buffer) => writeFileSync(path.join(dir, file), data);
  for (const doc of DOCUMENTS.filter((d) => wanted(d.id))) {
    const stamps = doc.stamps.map((s) => s.text);
    const clean = await shoot(page, documentHtml(doc, fonts), PAGE_WIDTH, PAGE_HEIGHT, 'png');
    save(`${doc.id}.clean.png`, clean);
    const png = clean.toString('base64');
    const phone = await shoot(page, phoneHtml(png, PAGE_WIDTH, PAGE_HEIGHT, doc.id), 1200, 1600, 'jpeg', 60);
    save(`${doc.id}.phone.jpg`, phone);
    const shot = await shoot(
      page,
      `<style>${fonts}</style>${screenshotHtml(png, doc.id)}`,
      1080,
      2000,
      'png',
    );
    save(`${doc.id}.screenshot.png`, shot);
    for (const variant of VARIANTS) {
      const file = `${doc.id}.${variant}.${variant === 'phone' ? 'jpg' : 'png'}`;
      images.push({ file, id: doc.id, variant, document: true, stamps });
    }
  }
  for (const item of NON_DOCUMENTS.filter((n) => wanted(n.id))) {
    const html = `<!doctype html><html lang="vi"><head><meta charset="utf-8"><style>${fonts}
html,body{margin:0}</style></head><body><div style="position:relative;width:${item.width}px;height:${item.height}px;overflow:hidden">${item.html}</div></body></html>`;
    // Photos, ads and memes travel as JPEG; screenshots, chats and notices as PNG.
    const jpeg = item.kind === 'photo' || item.kind === 'ad' || item.kind === 'meme';
    const clean = await shoot(
      page,
      html,
      item.width,
      item.height,
      jpeg ? 'jpeg' : 'png',
      jpeg ? 80 : undefined,
    );
    save(`${item.id}.clean.${jpeg ? 'jpg' : 'png'}`, clean);
    images.push({
      file: `${item.id}.clean.${jpeg ? 'jpg' : 'png'}`,
      id: item.id,
      variant: 'clean',
      document: false,
      stamps: [],
    });
    // The same picture photographed off a screen or a print: the phone-like treatment of the documents.
    const cleanPng = await shoot(page, html, item.width, item.height, 'png');
    const phone = await shoot(
      page,
      phoneHtml(cleanPng.toString('base64'), item.width, item.height, item.id),
      1200,
      1600,
      'jpeg',
      60,
    );
    save(`${item.id}.phone.jpg`, phone);
    images.push({ file: `${item.id}.phone.jpg`, id: item.id, variant: 'phone', document: false, stamps: [] });
  }
  await page.close();
  return images;
}

/**
 * The set, built once per generator version and browser, then read from the cache. `only`: just these
 * documents and non-documents (a subset for the unit-test run, cached on its own).
 */
export async function ensureOcrSet(only?: readonly string[]): Promise<OcrSet> {
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ['--no-sandbox', '--disable-gpu'],
  });
  try {
    const parent = path.join(ROOT, '.cache/ocr-set');
    const dir = path.join(parent, cacheKey(browser.version(), only));
    const manifest = path.join(dir, 'manifest.json');
    if (existsSync(manifest))
      return { dir, images: JSON.parse(readFileSync(manifest, 'utf8')) as SetImage[] };
    // Older builds of the same selection are of no further use.
    // A selection's own marker: rebuilding one subset leaves the others (and the full set) alone.
    const kind = only
      ? `subset-${createHash('sha256')
          .update([...only].sort().join(','))
          .digest('hex')
          .slice(0, 8)}`
      : 'full';
    if (existsSync(parent))
      for (const old of readdirSync(parent))
        if (existsSync(path.join(parent, old, `${kind}.kind`)))
          rmSync(path.join(parent, old), { recursive: true, force: true });
    mkdirSync(dir, { recursive: true });
    writeFileSync(path.join(dir, `${kind}.kind`), '');
    const images = await render(browser, dir, only);
    writeFileSync(manifest, JSON.stringify(images, null, 1));
    return { dir, images };
  } finally {
    await browser.close();
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const started = Date.now();
  const set = await ensureOcrSet();
  const documents = set.images.filter((i) => i.document).length;
  process.stdout.write(
    `${set.images.length} images (${documents} of documents, ${set.images.length - documents} not) in ${set.dir} (${Date.now() - started} ms)\n`,
  );
}
