import { useState } from 'preact/hooks';
/** A detached signature file's content (src/packs/sign-envelope.ts). */
type PackSignature = { keyId: string; signature: string };
import type { PackProblem } from '../../store/pack-record';
import type { CommandResult } from '../../store/pack-store-service';
import type { OptionsLanguage, OptionsStrings } from './options-strings';
import { PackProblemList } from './PackProblemList';

export interface PackFile {
  name: string;
  text: string;
}

export interface PackImportProps {
  t: OptionsStrings;
  lang: OptionsLanguage;
  disabled: boolean;
  onImport(text: string, fileName: string, signature?: PackSignature): Promise<CommandResult>;
}

type Outcome = { fileName: string; packId?: string; errors?: PackProblem[] };

/** Pairs `x.yaml.sig` with `x.yaml` so a detached signature travels with its pack. */
export function pairSignatures(
  files: readonly PackFile[],
): { pack: PackFile; signature?: PackSignature; error?: string }[] {
  const signatures = new Map(
    files.filter((f) => f.name.endsWith('.sig')).map((f) => [f.name.slice(0, -4), f.text]),
  );
  return files
    .filter((f) => !f.name.endsWith('.sig'))
    .map((pack) => {
      const sigText = signatures.get(pack.name);
      if (sigText === undefined) return { pack };
      try {
        const value = JSON.parse(sigText) as { keyId?: unknown; signature?: unknown };
        if (typeof value.keyId !== 'string' || typeof value.signature !== 'string') throw new Error('shape');
        return { pack, signature: { keyId: value.keyId, signature: value.signature } };
      } catch {
        return { pack, error: `${pack.name}.sig: { "keyId", "signature" } expected` };
      }
    });
}

export function PackImport({ t, lang, disabled, onImport }: PackImportProps) {
  const [outcomes, setOutcomes] = useState<Outcome[]>([]);
  const [busy, setBusy] = useState(false);

  async function importFiles(list: FileList | null) {
    if (!list?.length) return;
    setBusy(true);
    const files = await Promise.all(Array.from(list, async (f) => ({ name: f.name, text: await f.text() })));
    const results: Outcome[] = [];
    for (const { pack, signature, error } of pairSignatures(files)) {
      if (error) {
        results.push({ fileName: pack.name, errors: [{ message: error }] });
        continue;
      }
      const result = await onImport(pack.text, pack.name, signature);
      results.push(
        result.ok
          ? { fileName: pack.name, packId: result.packId ?? '' }
          : { fileName: pack.name, errors: result.errors },
      );
    }
    setOutcomes(results);
    setBusy(false);
  }

  return (
    <section class="wr-import" aria-busy={busy}>
      <h2>{t.importHeading}</h2>
      <p class="wr-hint">{t.importHint}</p>
      <input
        type="file"
        data-testid="wr-import-input"
        aria-label={t.importHeading}
        accept=".yaml,.yml,.json,.sig"
        multiple
        disabled={disabled || busy}
        onChange={(e) => {
          const input = e.currentTarget as HTMLInputElement;
          void importFiles(input.files).finally(() => (input.value = ''));
        }}
      />
      {outcomes.map((outcome) => (
        <div
          key={outcome.fileName}
          data-testid="wr-import-result"
          data-ok={outcome.errors ? 'false' : 'true'}
          role={outcome.errors ? 'alert' : 'status'}
        >
          <code>{outcome.fileName}</code>:{' '}
          {outcome.errors ? (
            <>
              {t.importRefused}
              <PackProblemList problems={outcome.errors} t={t} lang={lang} />
            </>
          ) : (
            t.importDone(outcome.packId ?? '')
          )}
        </div>
      ))}
    </section>
  );
}
