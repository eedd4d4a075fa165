import type { GuardMode, PolicySite } from '../../store/managed-policy';
import { GUARD_MODES } from '../../store/managed-policy';
import { siteName } from '../../sites';
import type { OptionsLanguage, OptionsStrings } from './options-strings';

/** The guard's settings as the options page edits them (src/settings/guard-settings.ts has the same shape). */
export interface GuardSettingsView {
  mode: GuardMode;
  sites: Record<string, { enabled: boolean; mode?: GuardMode }>;
  badge?: boolean;
}

export interface GuardSettingsPanelProps {
  t: OptionsStrings;
  lang: OptionsLanguage;
  settings: GuardSettingsView;
  /** What the organisation set: those controls show the value and cannot be changed. */
  policy: { mode?: GuardMode; sites: Record<string, PolicySite> };
  onChange(next: GuardSettingsView): void;
}

export function GuardSettingsPanel({ t, lang, settings, policy, onChange }: GuardSettingsPanelProps) {
  const modeLocked = policy.mode !== undefined;
  return (
    <section class="wr-sites">
      <h2>{t.sitesHeading}</h2>
      <label>
        {t.modeLabel}{' '}
        <select
          data-testid="wr-mode"
          value={policy.mode ?? settings.mode}
          disabled={modeLocked}
          onChange={(e) =>
            onChange({ ...settings, mode: (e.currentTarget as HTMLSelectElement).value as GuardMode })
          }
        >
          {GUARD_MODES.map((mode) => (
            <option key={mode} value={mode}>
              {t.modes[mode]}
            </option>
          ))}
        </select>
        {modeLocked && <small> ({t.setByPolicy})</small>}
      </label>
      <table>
        <tbody>
          {Object.entries(settings.sites).map(([site, value]) => {
            const fixed = policy.sites[site] ?? {};
            const enabled = fixed.enabled ?? value.enabled;
            const mode = fixed.mode ?? value.mode ?? '';
            const update = (next: { enabled: boolean; mode?: GuardMode }) =>
              onChange({ ...settings, sites: { ...settings.sites, [site]: next } });
            return (
              <tr key={site} data-testid="wr-site" data-site={site}>
                <th>{siteName(site, lang)}</th>
                <td>
                  <label>
                    <input
                      type="checkbox"
                      data-testid="wr-site-enabled"
                      checked={enabled}
                      disabled={fixed.enabled !== undefined}
                      onChange={(e) =>
                        update({ ...value, enabled: (e.currentTarget as HTMLInputElement).checked })
                      }
                    />{' '}
                    {t.siteEnabled}
                  </label>
                </td>
                <td>
                  <select
                    data-testid="wr-site-mode"
                    aria-label={t.siteMode}
                    value={mode}
                    disabled={fixed.mode !== undefined}
                    onChange={(e) => {
                      const chosen = (e.currentTarget as HTMLSelectElement).value;
                      const { mode: _old, ...rest } = value;
                      update(chosen ? { ...rest, mode: chosen as GuardMode } : rest);
                    }}
                  >
                    <option value="">{t.siteModeInherit}</option>
                    {GUARD_MODES.map((m) => (
                      <option key={m} value={m}>
                        {t.modes[m]}
                      </option>
                    ))}
                  </select>
                  {(fixed.enabled !== undefined || fixed.mode !== undefined) && (
                    <small> ({t.setByPolicy})</small>
                  )}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </section>
  );
}
