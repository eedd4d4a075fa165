import type { PackCatalog } from '../../store/pack-catalog';
import type { PackProblem } from '../../store/pack-record';
import type { PackStoreMessage } from '../../store/pack-store-messages';
import type { CommandResult } from '../../store/pack-store-service';
import { ErrorLogPanel, type ErrorLogView } from './ErrorLogPanel';
import { GuardSettingsPanel, type GuardSettingsView } from './GuardSettingsPanel';
import { JournalPanel } from './JournalPanel';
import { ImageReadingSetting } from '../image-text/ImageReadingSetting';
import { OPTIONS_STRINGS, type OptionsLanguage } from './options-strings';
import { PackCard } from './PackCard';
import { PackImport } from './PackImport';
import { PackProblemList } from './PackProblemList';
import { ReadBeforeSharePanel, type ReadBeforeShareProps } from './ReadBeforeSharePanel';
import { SubscriptionPanel } from './SubscriptionPanel';
import { TrustedKeysPanel } from './TrustedKeysPanel';

type Distribute<T> = T extends unknown ? Omit<T, 'type'> : never;
export type PackStoreCommand = Distribute<PackStoreMessage>;

export interface OptionsPageProps {
  lang: OptionsLanguage;
  catalog: PackCatalog | null;
  /** Sends a command to the background, which owns the pack store. */
  send(command: PackStoreCommand): Promise<CommandResult>;
  requestOrigin(origin: string): Promise<boolean>;
  /** The guard's settings and error log, when the page has them (src/settings/guard-settings.ts, error-log.ts). */
  guard?: { settings: GuardSettingsView; onChange(next: GuardSettingsView): void };
  errorLog?: readonly ErrorLogView[];
  /** The journal's retention setting (src/settings/journal.ts). */
  journal?: { retentionDays: number; choices: readonly number[]; onRetention(days: number): void };
  /** A write the background could not make (storage full): said at the top until a write works again. */
  storeHealth?: readonly PackProblem[];
  /** Reading images (src/settings/image-reading.ts), when the page has it. */
  imageReading?: { enabled: boolean; onChange(enabled: boolean): void };
  /** The optional `history` permission for "read before you share" (src/history). */
  readBeforeShare?: ReadBeforeShareProps;
  language?: {
    preference: string;
    choices: readonly { value: string; label: { vi: string; en: string } }[];
    onChange(value: string): void;
  };
}

/** The options page: packs and where they come from, imports, subscriptions, keys, sites, error log. */
export function OptionsPage(props: OptionsPageProps) {
  const { lang, catalog, send } = props;
  const t = OPTIONS_STRINGS[lang];
  const policy = catalog?.policy;
  const userPacksAllowed = policy?.allowUserPacks !== false;
  return (
    <main class="wr-options" lang={lang}>
      <header class="wr-options-header">
        <h1>{t.title}</h1>
        {props.language && (
          <label>
            {t.languageLabel}{' '}
            <select
              data-testid="wr-language"
              value={props.language.preference}
              onChange={(e) => props.language?.onChange((e.currentTarget as HTMLSelectElement).value)}
            >
              {props.language.choices.map((choice) => (
                <option key={choice.value} value={choice.value}>
                  {choice.label[lang]}
                </option>
              ))}
            </select>
          </label>
        )}
      </header>

      {props.storeHealth && props.storeHealth.length > 0 && (
        <section class="wr-policy-problems" role="alert" data-testid="wr-store-health">
          <h2>{t.storageProblems}</h2>
          <PackProblemList problems={props.storeHealth} t={t} lang={lang} />
        </section>
      )}
      {!catalog ? (
        <p>{t.loading}</p>
      ) : (
        <>
          {policy?.present && (
            <section class="wr-policy" data-testid="wr-policy">
              <h2>{t.policyHeading}</h2>
              <ul>
                {!policy.allowUserPacks && <li>{t.userPacksForbidden}</li>}
                {policy.requireSignatures && <li>{t.signaturesRequired}</li>}
              </ul>
            </section>
          )}
          {catalog.problems.length > 0 && (
            <section class="wr-policy-problems" role="alert">
              <h2>{t.policyProblems}</h2>
              {catalog.problems.map((problem) => (
                <div key={problem.where}>
                  <code>{problem.where}</code>
                  <PackProblemList problems={problem.errors} t={t} lang={lang} />
                </div>
              ))}
            </section>
          )}

          <section class="wr-packs">
            <h2>{t.packsHeading}</h2>
            {catalog.packs.map((pack) => (
              <PackCard
                key={`${pack.origin}:${pack.id}`}
                pack={pack}
                lang={lang}
                t={t}
                onToggle={(enabled) => void send({ command: 'set-pack-enabled', packId: pack.id, enabled })}
                onRule={(ruleId, value) => void send({ command: 'set-rule', packId: pack.id, ruleId, value })}
                {...(pack.origin === 'file' || pack.origin === 'subscription'
                  ? { onRemove: () => void send({ command: 'remove', packId: pack.id }) }
                  : {})}
                {...(pack.url ? { onRefresh: () => void send({ command: 'refresh', url: pack.url! }) } : {})}
              />
            ))}
          </section>

          <PackImport
            t={t}
            lang={lang}
            disabled={!userPacksAllowed}
            onImport={(text, fileName, signature) =>
              send({ command: 'import', text, fileName, ...(signature ? { signature } : {}) })
            }
          />
          <SubscriptionPanel
            t={t}
            lang={lang}
            disabled={!userPacksAllowed}
            subscriptions={catalog.subscriptions}
            requestOrigin={props.requestOrigin}
            onSubscribe={(url, intervalHours) => send({ command: 'subscribe', url, intervalHours })}
            onUnsubscribe={(url) => void send({ command: 'unsubscribe', url })}
            onRefresh={(url) => void send({ command: 'refresh', url })}
          />
          <TrustedKeysPanel
            t={t}
            lang={lang}
            keys={catalog.trustedKeys}
            onlyPolicyKeys={policy?.requireSignatures === true}
            onTrust={(publicKey, name) =>
              send({ command: 'trust-key', publicKey, ...(name ? { name } : {}) })
            }
            onUntrust={(keyId) => void send({ command: 'untrust-key', keyId })}
          />
        </>
      )}

      {props.guard && (
        <GuardSettingsPanel
          t={t}
          lang={lang}
          settings={props.guard.settings}
          policy={{ ...(policy?.mode ? { mode: policy.mode } : {}), sites: policy?.sites ?? {} }}
          onChange={props.guard.onChange}
        />
      )}
      {props.journal && <JournalPanel t={t} {...props.journal} />}
      {props.imageReading && (
        <ImageReadingSetting
          lang={lang}
          enabled={props.imageReading.enabled}
          {...(policy?.readImages !== undefined ? { policy: policy.readImages } : {})}
          onChange={props.imageReading.onChange}
        />
      )}
      {props.readBeforeShare && <ReadBeforeSharePanel lang={lang} {...props.readBeforeShare} />}
      {props.errorLog && <ErrorLogPanel t={t} lang={lang} entries={props.errorLog} />}
    </main>
  );
}
