import type { LocalizedText } from '../../engine/types';
import type { PackCatalogEntry } from '../../store/pack-catalog';
import type { RuleOverride } from '../../store/pack-record';
import type { OptionsLanguage, OptionsStrings } from './options-strings';
import { PackProblemList } from './PackProblemList';

export interface PackCardProps {
  pack: PackCatalogEntry;
  lang: OptionsLanguage;
  t: OptionsStrings;
  onToggle(enabled: boolean): void;
  onRule(ruleId: string, value: RuleOverride | null): void;
  onRemove?(): void;
  onRefresh?(): void;
}

function text(value: LocalizedText, lang: OptionsLanguage): string {
  return lang === 'en' ? (value.en ?? value.vi) : value.vi;
}

/** One pack: where it came from, its version and publisher, its switch and its rules. */
export function PackCard({ pack, lang, t, onToggle, onRule, onRemove, onRefresh }: PackCardProps) {
  const locale = lang === 'vi' ? 'vi-VN' : 'en-GB';
  return (
    <article
      class={`wr-pack${pack.inForce ? '' : ' wr-pack-off'}`}
      data-testid="wr-pack"
      data-pack-id={pack.id}
      data-source={pack.origin}
      data-locked={pack.locked ? 'true' : undefined}
      data-in-force={pack.inForce ? 'true' : 'false'}
    >
      <header>
        <label class="wr-pack-switch">
          <input
            type="checkbox"
            data-testid="wr-pack-toggle"
            checked={pack.enabled}
            disabled={pack.locked}
            onChange={(e) => onToggle((e.currentTarget as HTMLInputElement).checked)}
          />
          <strong class="wr-pack-name">{text(pack.name, lang)}</strong>
        </label>
        <code class="wr-pack-id">{pack.id}</code>
        <span class="wr-badge" data-testid="wr-pack-source">
          {t.source[pack.origin]}
        </span>
        {pack.locked && (
          <span class="wr-badge wr-locked" title={t.locked}>
            🔒 {t.locked}
          </span>
        )}
      </header>
      <dl>
        <dt>{t.version}</dt>
        <dd data-testid="wr-pack-version">{pack.version}</dd>
        {pack.publisher && (
          <>
            <dt>{t.publisher}</dt>
            <dd>{pack.publisher}</dd>
          </>
        )}
        {pack.updatedAt !== undefined && (
          <>
            <dt>{t.updated}</dt>
            <dd>{new Date(pack.updatedAt).toLocaleString(locale)}</dd>
          </>
        )}
        {pack.url && (
          <>
            <dt>URL</dt>
            <dd>
              <code>{pack.url}</code>
            </dd>
          </>
        )}
        {pack.origin !== 'builtin' && (
          <>
            <dt>{pack.keyId ? t.signedBy : t.unsigned}</dt>
            <dd>{pack.keyId ? <code>{pack.keyId}</code> : '—'}</dd>
          </>
        )}
        <dt>{pack.inForce ? t.inForce : t.notInForce}</dt>
        <dd />
      </dl>
      {pack.errors.length > 0 && <PackProblemList problems={pack.errors} t={t} lang={lang} />}
      <details>
        <summary>
          {t.rules} ({pack.rules.length})
        </summary>
        <ul class="wr-rules">
          {pack.rules.map((rule) => (
            <li key={rule.id} data-testid="wr-rule" data-rule-id={rule.id}>
              <code>{rule.id}</code> <span class="wr-rule-message">{text(rule.message, lang)}</span>{' '}
              <select
                data-testid="wr-rule-severity"
                disabled={pack.locked}
                value={rule.override ?? ''}
                onChange={(e) => {
                  const value = (e.currentTarget as HTMLSelectElement).value;
                  onRule(rule.id, value === '' ? null : (value as RuleOverride));
                }}
              >
                <option value="">
                  {t.ruleDefault} ({t.severity[rule.severity]})
                </option>
                <option value="off">{t.ruleOff}</option>
                <option value="info">{t.severity.info}</option>
                <option value="warning">{t.severity.warning}</option>
                <option value="critical">{t.severity.critical}</option>
              </select>
            </li>
          ))}
        </ul>
      </details>
      <footer>
        {onRefresh && (
          <button type="button" onClick={onRefresh}>
            {t.updateNow}
          </button>
        )}
        {onRemove && (
          <button type="button" data-testid="wr-pack-remove" onClick={onRemove}>
            {t.remove}
          </button>
        )}
      </footer>
    </article>
  );
}
