import { useEffect, useState } from 'preact/hooks';
import type { LinkResult } from '../../engine/types';
import type { ReadState } from './LinkLines';
import type { ShareServices } from './share-services';

export interface ReadStates {
  /** Per link, in order; all undefined while waiting, without services or without the permission. */
  states: (ReadState | undefined)[];
  /** The one-time offer of the permission should be shown. */
  offer: boolean;
  /** The person answered the offer. */
  answer(allow: boolean): void;
}

/**
 * Asks the background whether this browser opened each shared page, and asks again when the person comes
 * back to the tab (they may have opened the page in another one, or allowed the permission there). A short
 * link is "unknown": its target is not known without requesting it, and nothing is requested.
 */
export function useReadStates(links: readonly LinkResult[], share: ShareServices | undefined): ReadStates {
  const [states, setStates] = useState<(ReadState | undefined)[]>(() => links.map(() => undefined));
  const [offer, setOffer] = useState(false);
  const [answered, setAnswered] = useState(false);
  const key = links.map((link) => link.url).join('\n');

  useEffect(() => {
    if (!share || links.length === 0) return;
    let live = true;
    const asked = links.filter((link) => link.verdict !== 'shortener');
    const lookUp = () => {
      share.opened(asked.map((link) => link.url)).then(
        (answer) => {
          if (!live) return;
          if (answer.permission === 'missing') {
            setStates(links.map(() => undefined));
            setOffer(!answer.asked);
            return;
          }
          setOffer(false);
          let next = 0;
          setStates(
            links.map((link) =>
              link.verdict === 'shortener' ? 'unknown' : answer.opened[next++] ? 'opened' : 'not-opened',
            ),
          );
        },
        // No answer (the background is restarting, the extension was updated): say nothing.
        () => undefined,
      );
    };
    lookUp();
    const onVisible = () => {
      if (document.visibilityState === 'visible') lookUp();
    };
    document.addEventListener('visibilitychange', onVisible);
    return () => {
      live = false;
      document.removeEventListener('visibilitychange', onVisible);
    };
  }, [key, share]);

  return {
    states,
    offer: offer && !answered,
    answer(allow) {
      setAnswered(true);
      if (allow) share?.ask();
      else share?.decline();
    },
  };
}
