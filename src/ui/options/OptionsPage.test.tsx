// @vitest-environment happy-dom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { PackCatalog, PackCatalogEntry } from '../../store/pack-catalog';
import { packText } from '../../store/testing/fake-pack-loader';
import { memoryPackStore } from '../../store/testing/memory-store';
import { OptionsPage } from './OptionsPage';
import { pairSignatures } from './PackImport';

function entry(over: Partial<PackCatalogEntry>): PackCatalogEntry {
  return {
    id: 'p',
    origin: 'builtin',
    name: { vi: 'Gói', en: 'Pack' },
    version: '1.0.0',
    locked: false,
    enabled: true,
    inForce: true,
    errors: [],
    rules: [
      {
        id: 'r1',
        severity: 'warning',
        message: { vi: 'tin <b>nhắn</b>', en: 'a <img src=x onerror=alert(1)> message' },
      },
    ],
    ...over,
  };
}

const catalog: PackCatalog = {
  packs: [
    entry({ id: 'org-locked', origin: 'policy', locked: true, publisher: '<script>x</script>' }),
    entry({ id: 'vn-sources' }),
    entry({
      id: 'mine',
      origin: 'file',
      updatedAt: 1,
      errors: [{ packId: 'mine', message: 'server <i>down</i>' }],
    }),
  ],
  subscriptions: [],
  problems: [],
  trustedKeys: [],
  policy: { present: true, allowUserPacks: true, requireSignatures: true, sites: {}, errors: [] },
  updatedAt: 1,
};

let host: HTMLElement;
afterEach(() => {
  render(null, host);
  host.remove();
});

function mount(props: Partial<Parameters<typeof OptionsPage>[0]> = {}) {
  host = document.createElement('div');
  document.body.append(host);
  const send = vi.fn(async () => ({ ok: true as const }));
  act(() =>
    render(
      <OptionsPage lang="en" catalog={catalog} send={send} requestOrigin={async () => true} {...props} />,
      host,
    ),
  );
  return { send };
}

describe('options page', () => {
  it('marks every pack with its id, source and lock', () => {
    mount();
    const packs = [...host.querySelectorAll('[data-testid="wr-pack"]')];
    expect(
      packs.map((p) => [
        p.getAttribute('data-pack-id'),
        p.getAttribute('data-source'),
        p.getAttribute('data-locked'),
      ]),
    ).toEqual([
      ['org-locked', 'policy', 'true'],
      ['vn-sources', 'builtin', null],
      ['mine', 'file', null],
    ]);
    const lockedToggle = packs[0]!.querySelector<HTMLInputElement>('[data-testid="wr-pack-toggle"]')!;
    expect(lockedToggle.disabled).toBe(true);
    expect(packs[1]!.querySelector<HTMLInputElement>('[data-testid="wr-pack-toggle"]')!.disabled).toBe(false);
  });

  it('shows markup from a pack as text, never as elements', () => {
    mount();
    expect(host.querySelector('b, img, script, i')).toBeNull();
    expect(host.textContent).toContain('a <img src=x onerror=alert(1)> message');
    expect(host.textContent).toContain('<script>x</script>');
    expect(host.textContent).toContain('server <i>down</i>');
  });

  it('sends switches and rule choices to the background', () => {
    const { send } = mount();
    const pack = host.querySelector('[data-pack-id="vn-sources"]')!;
    const toggle = pack.querySelector<HTMLInputElement>('[data-testid="wr-pack-toggle"]')!;
    act(() => {
      toggle.checked = false;
      toggle.dispatchEvent(new Event('change', { bubbles: true }));
    });
    expect(send).toHaveBeenCalledWith({ command: 'set-pack-enabled', packId: 'vn-sources', enabled: false });
    const select = pack.querySelector<HTMLSelectElement>('[data-testid="wr-rule-severity"]')!;
    act(() => {
      select.value = 'off';
      select.dispatchEvent(new Event('change', { bubbles: true }));
    });
    expect(send).toHaveBeenCalledWith({
      command: 'set-rule',
      packId: 'vn-sources',
      ruleId: 'r1',
      value: 'off',
    });
  });

  it('speaks Vietnamese first', () => {
    host = document.createElement('div');
    document.body.append(host);
    act(() =>
      render(
        <OptionsPage lang="vi" catalog={catalog} send={vi.fn()} requestOrigin={async () => true} />,
        host,
      ),
    );
    expect(host.textContent).toContain('Bộ quy tắc');
    expect(host.textContent).toContain('Chính sách tổ chức');
  });

  it('pairs a detached signature with its pack file', () => {
    const pairs = pairSignatures([
      { name: 'a.yaml', text: 'pack: a' },
      { name: 'a.yaml.sig', text: '{"keyId":"k","signature":"s"}' },
      { name: 'b.json', text: '{}' },
    ]);
    expect(pairs).toEqual([
      { pack: { name: 'a.yaml', text: 'pack: a' }, signature: { keyId: 'k', signature: 's' } },
      { pack: { name: 'b.json', text: '{}' } },
    ]);
  });
});

describe('store messages on the page', () => {
  it('what the store says reads in the page’s language, with its data', async () => {
    const t = memoryPackStore();
    await t.store.start();
    await t.store.importPack(packText('mine', '1.0.0'), 'mine.json');
    t.setPolicy({ allowUserPacks: false, mode: 'sometimes' });
    await t.store.policyChanged();
    const refused = await t.store.importPack(packText('mine', '0.9.0'), 'mine.json');
    expect(refused.ok).toBe(false);

    host = document.createElement('div');
    document.body.append(host);
    act(() =>
      render(
        <OptionsPage lang="vi" catalog={t.last.catalog} send={vi.fn()} requestOrigin={async () => true} />,
        host,
      ),
    );
    const mine = host.querySelector('[data-pack-id="mine"] [data-testid="wr-pack-error"]')!;
    expect(mine.textContent).toContain('Tổ chức của bạn không cho phép bộ quy tắc riêng.');
    expect(host.textContent).toContain('mode: cần một trong always, links-and-findings, findings-only, off.');
    expect(host.textContent).not.toMatch(/does not allow|expected one of/);

    act(() =>
      render(
        <OptionsPage lang="en" catalog={t.last.catalog} send={vi.fn()} requestOrigin={async () => true} />,
        host,
      ),
    );
    expect(host.textContent).toContain('your organisation does not allow packs of your own');
  });
});

describe('journal settings', () => {
  it('offer how long entries are kept and say that personal data is masked', () => {
    const onRetention = vi.fn();
    mount({ lang: 'vi', journal: { retentionDays: 90, choices: [7, 30, 90, 365], onRetention } });
    const select = host.querySelector<HTMLSelectElement>('[data-testid="wr-journal-retention"]')!;
    expect(select.value).toBe('90');
    expect(host.textContent).toContain('bị che (•••) trước khi lưu');
    act(() => {
      select.value = '30';
      select.dispatchEvent(new Event('change', { bubbles: true }));
    });
    expect(onRetention).toHaveBeenCalledWith(30);
  });
});
