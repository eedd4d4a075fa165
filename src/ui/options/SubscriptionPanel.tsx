import { useState } from 'preact/hooks';
import { checkPackAddress } from '../../store/https-address';
import type { PackProblem, Subscription } from '../../store/pack-record';
import type { CommandResult } from '../../store/pack-store-service';
import type { OptionsLanguage, OptionsStrings } from './options-strings';
import { PackProblemList } from './PackProblemList';

export interface SubscriptionPanelProps {
  t: OptionsStrings;
  lang: OptionsLanguage;
  disabled: boolean;
  subscriptions: readonly Subscription[];
  /** Asks the browser for access to `origin/*`; must run inside the click (a user gesture). */
  requestOrigin(origin: string): Promise<boolean>;
  onSubscribe(url: string, intervalHours: number): Promise<CommandResult>;
  onUnsubscribe(url: string): void;
  onRefresh(url: string): void;
}

export function SubscriptionPanel(props: SubscriptionPanelProps) {
  const { t, lang } = props;
  const [url, setUrl] = useState('');
  const [hours, setHours] = useState(24);
  const [errors, setErrors] = useState<PackProblem[]>([]);
  const [done, setDone] = useState('');

  async function subscribe(event: Event) {
    event.preventDefault();
    setDone('');
    const checked = checkPackAddress(url);
    if (!checked.ok) return setErrors([checked.problem]);
    // The permission prompt needs the click's user gesture: ask before anything else is awaited.
    const granted = await props.requestOrigin(checked.origin);
    if (!granted) return setErrors([{ message: t.permissionDenied }]);
    const result = await props.onSubscribe(checked.url, Math.max(1, hours || 24));
    if (result.ok) {
      setErrors([]);
      setUrl('');
      setDone(t.subscribeDone(result.packId ?? ''));
    } else setErrors(result.errors);
  }

  const locale = lang === 'vi' ? 'vi-VN' : 'en-GB';
  const own = props.subscriptions.filter((s) => s.origin === 'subscription');
  return (
    <section class="wr-subscribe">
      <h2>{t.subscribeHeading}</h2>
      <form onSubmit={(e) => void subscribe(e)}>
        <label>
          {t.subscribeUrl}{' '}
          <input
            type="url"
            data-testid="wr-subscribe-url"
            value={url}
            disabled={props.disabled}
            placeholder="https://"
            onInput={(e) => setUrl((e.currentTarget as HTMLInputElement).value)}
          />
        </label>{' '}
        <label>
          {t.subscribeInterval}{' '}
          <input
            type="number"
            min={1}
            data-testid="wr-subscribe-interval"
            value={hours}
            disabled={props.disabled}
            onInput={(e) => setHours(Number((e.currentTarget as HTMLInputElement).value))}
          />
        </label>{' '}
        <button type="submit" data-testid="wr-subscribe-submit" disabled={props.disabled}>
          {t.subscribe}
        </button>
      </form>
      {errors.length > 0 && (
        <div role="alert" data-testid="wr-subscribe-error">
          <PackProblemList problems={errors} t={t} lang={lang} />
        </div>
      )}
      {done && <p role="status">{done}</p>}
      {own.length > 0 && (
        <>
          <h3>{t.subscriptionsHeading}</h3>
          <ul>
            {own.map((sub) => (
              <li key={sub.url} data-testid="wr-subscription" data-url={sub.url}>
                <code>{sub.url}</code> · {sub.intervalHours} h
                {sub.lastChecked !== undefined && (
                  <>
                    {' '}
                    · {t.lastChecked}: {new Date(sub.lastChecked).toLocaleString(locale)}
                  </>
                )}
                {sub.lastErrors?.length ? (
                  <div data-testid="wr-subscription-error">
                    {t.lastError}:
                    <PackProblemList problems={sub.lastErrors} t={t} lang={lang} />
                  </div>
                ) : null}{' '}
                <button type="button" onClick={() => props.onRefresh(sub.url)}>
                  {t.updateNow}
                </button>{' '}
                <button type="button" onClick={() => props.onUnsubscribe(sub.url)}>
                  {t.unsubscribe}
                </button>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
