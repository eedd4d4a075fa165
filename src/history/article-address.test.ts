import { describe, expect, it } from 'vitest';
import { articleKey, historySearchText } from './article-address';

const ARTICLE = 'https://tuoitre.vn/nguoi-mau-bi-bat-20240625230004986.htm';

describe('articleKey', () => {
  it.each([
    ['http and no www', 'http://tuoitre.vn/nguoi-mau-bi-bat-20240625230004986.htm'],
    ['www.', 'https://www.tuoitre.vn/nguoi-mau-bi-bat-20240625230004986.htm'],
    ['mobile host', 'https://m.tuoitre.vn/nguoi-mau-bi-bat-20240625230004986.htm'],
    ['AMP host', 'https://amp.tuoitre.vn/nguoi-mau-bi-bat-20240625230004986.htm'],
    ['AMP path', 'https://tuoitre.vn/amp/nguoi-mau-bi-bat-20240625230004986.htm'],
    ['?amp', 'https://tuoitre.vn/nguoi-mau-bi-bat-20240625230004986.htm?amp'],
    ['outputType=amp', 'https://tuoitre.vn/nguoi-mau-bi-bat-20240625230004986.htm?outputType=amp'],
    ['.amp.htm', 'https://tuoitre.vn/nguoi-mau-bi-bat-20240625230004986.amp.htm'],
    ['utm_* and fbclid', `${ARTICLE}?utm_source=facebook&utm_medium=social&fbclid=IwAR0cYJ`],
    ['Zalo tracking', `${ARTICLE}?zarsrc=30&utm_source=zalo&gidzl=abc`],
    ['fragment', `${ARTICLE}#comments`],
    ['no scheme, upper-case host', 'TuoiTre.vn/nguoi-mau-bi-bat-20240625230004986.htm'],
    [
      'Facebook link shim',
      `https://l.facebook.com/l.php?u=${encodeURIComponent(`${ARTICLE}?fbclid=x`)}&h=AT0`,
    ],
    ['Google redirect', `https://www.google.com/url?sa=t&url=${encodeURIComponent(ARTICLE)}`],
    [
      'Google AMP viewer',
      'https://www.google.com/amp/s/tuoitre.vn/amp/nguoi-mau-bi-bat-20240625230004986.htm',
    ],
    [
      'AMP cache',
      'https://tuoitre-vn.cdn.ampproject.org/c/s/tuoitre.vn/nguoi-mau-bi-bat-20240625230004986.htm',
    ],
  ])('the same article with %s', (_what, url) => {
    expect(articleKey(url)).toBe(articleKey(ARTICLE));
  });

  it('keeps what names the page', () => {
    expect(articleKey(ARTICLE)).toBe('tuoitre.vn/nguoi-mau-bi-bat-20240625230004986.htm');
    expect(articleKey('https://www.youtube.com/watch?v=dQw4w9WgXcQ&utm_source=x')).toBe(
      'youtube.com/watch?v=dQw4w9WgXcQ',
    );
    expect(articleKey('https://chinhphu.vn/default.aspx?pageid=27160&docid=1')).toBe(
      articleKey('https://chinhphu.vn/default.aspx?docid=1&pageid=27160'),
    );
    expect(articleKey('https://vnexpress.net/a-4814295.html')).not.toBe(
      articleKey('https://vnexpress.net/a-4814296.html'),
    );
    expect(articleKey('https://example.com/')).toBe('example.com/');
    // A two-label host keeps its first label: m.me is not me.
    expect(articleKey('https://m.me/page')).toBe('m.me/page');
  });

  it('is null for what is not a web address', () => {
    expect(articleKey('javascript:alert(1)')).toBeNull();
    expect(articleKey('mailto:a@b.vn')).toBeNull();
    expect(articleKey('https://')).toBeNull();
  });
});

describe('historySearchText', () => {
  it('looks an article up by the longest words of its slug, else by its host', () => {
    expect(historySearchText(ARTICLE)).toBe('20240625230004986 nguoi mau bat');
    expect(historySearchText('https://chinhphu.vn/')).toBe('chinhphu.vn');
    expect(historySearchText('nonsense:')).toBe('');
  });
});
