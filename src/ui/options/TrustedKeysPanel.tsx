import { useState } from 'preact/hooks';
import type { PackCatalog } from '../../store/pack-catalog';
import type { PackProblem } from '../../store/pack-record';
import type { CommandResult } from '../../store/pack-store-service';
import type { OptionsLanguage, OptionsStrings } from './options-strings';
import { PackProblemList } from './PackProblemList';

export interface TrustedKeysPanelProps {
  t: OptionsStrings;
  lang: OptionsLanguage;
  keys: PackCatalog['trustedKeys'];
  /** The organisation requires signatures: keys the person added do not count. */
  onlyPolicyKeys?: boolean;
  onTrust(publicKey: string, name: string): Promise<CommandResult>;
  onUntrust(keyId: string): void;
}

export function TrustedKeysPanel({
  t,
  lang,
  keys,
  onlyPolicyKeys,
  onTrust,
  onUntrust,
}: TrustedKeysPanelProps) {
  const [publicKey, setPublicKey] = useState('');
  const [name, setName] = useState('');
  const [errors, setErrors] = useState<PackProblem[]>([]);
  return (
    <section class="wr-keys">
      <h2>{t.keysHeading}</h2>
      <ul>
        {keys.map((key) => (
          <li key={key.keyId} data-testid="wr-trusted-key" data-key-id={key.keyId}>
            <code>{key.keyId}</code> {key.name} {key.fromPolicy ? `(${t.fromPolicy})` : ''}
            {!key.fromPolicy && onlyPolicyKeys ? (
              <em data-testid="wr-key-not-counted">({t.keyNotCounted})</em>
            ) : null}{' '}
            {!key.fromPolicy && (
              <button type="button" onClick={() => onUntrust(key.keyId)}>
                {t.untrust}
              </button>
            )}
          </li>
        ))}
      </ul>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          void onTrust(publicKey.trim(), name.trim()).then((result) => {
            if (result.ok) {
              setPublicKey('');
              setName('');
              setErrors([]);
            } else setErrors(result.errors);
          });
        }}
      >
        <label>
          {t.keyPublic}{' '}
          <input
            data-testid="wr-key-public"
            value={publicKey}
            onInput={(e) => setPublicKey((e.currentTarget as HTMLInputElement).value)}
          />
        </label>{' '}
        <label>
          {t.keyName}{' '}
          <input value={name} onInput={(e) => setName((e.currentTarget as HTMLInputElement).value)} />
        </label>{' '}
        <button type="submit" data-testid="wr-key-trust">
          {t.trust}
        </button>
      </form>
      {errors.length > 0 && <PackProblemList problems={errors} t={t} lang={lang} />}
    </section>
  );
}
