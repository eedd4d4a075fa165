import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { packCatalog } from '../../src/settings/pack-store';
import type { PackCatalog } from '../../src/store/pack-catalog';
import type { CommandResult } from '../../src/store/pack-store-service';
import { OptionsPage, type PackStoreCommand } from '../../src/ui/options/OptionsPage';

// Wiring only: the page is src/ui/options; the pack store lives in the background (it is the only writer).
function send(command: PackStoreCommand): Promise<CommandResult> {
  return browser.runtime.sendMessage({ type: 'wr-pack-store', ...command }) as Promise<CommandResult>;
}

function requestOrigin(origin: string): Promise<boolean> {
  return browser.permissions.request({ origins: [`${origin}/*`] });
}

function App() {
  const [catalog, setCatalog] = useState<PackCatalog | null>(null);
  useEffect(() => {
    void packCatalog.getValue().then(setCatalog);
    return packCatalog.watch(setCatalog);
  }, []);
  const lang = navigator.language.toLowerCase().startsWith('en') ? 'en' : 'vi';
  return <OptionsPage lang={lang} catalog={catalog} send={send} requestOrigin={requestOrigin} />;
}

render(<App />, document.getElementById('app')!);
