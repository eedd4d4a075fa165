import type { PackSignature } from '../packs/sign-pack';
import type { RuleOverride } from './pack-record';
import type { CommandResult, PackStore } from './pack-store-service';

/** Commands the options page sends the background (runtime.sendMessage); the background owns the store. */
export type PackStoreMessage =
  | { type: 'wr-pack-store'; command: 'import'; text: string; fileName?: string; signature?: PackSignature }
  | { type: 'wr-pack-store'; command: 'subscribe'; url: string; intervalHours?: number }
  | { type: 'wr-pack-store'; command: 'unsubscribe'; url: string }
  | { type: 'wr-pack-store'; command: 'refresh'; url: string }
  | { type: 'wr-pack-store'; command: 'remove'; packId: string }
  | { type: 'wr-pack-store'; command: 'set-pack-enabled'; packId: string; enabled: boolean }
  | { type: 'wr-pack-store'; command: 'set-rule'; packId: string; ruleId: string; value: RuleOverride | null }
  | { type: 'wr-pack-store'; command: 'trust-key'; publicKey: string; name?: string }
  | { type: 'wr-pack-store'; command: 'untrust-key'; keyId: string };

export function isPackStoreMessage(value: unknown): value is PackStoreMessage {
  return (
    typeof value === 'object' && value !== null && (value as { type?: unknown }).type === 'wr-pack-store'
  );
}

export function runPackStoreCommand(store: PackStore, message: PackStoreMessage): Promise<CommandResult> {
  switch (message.command) {
    case 'import':
      return store.importPack(message.text, message.fileName, message.signature);
    case 'subscribe':
      return store.subscribe(message.url, message.intervalHours);
    case 'unsubscribe':
      return store.unsubscribe(message.url);
    case 'refresh':
      return store.refresh(message.url);
    case 'remove':
      return store.removePack(message.packId);
    case 'set-pack-enabled':
      return store.setPackEnabled(message.packId, message.enabled);
    case 'set-rule':
      return store.setRuleOverride(message.packId, message.ruleId, message.value);
    case 'trust-key':
      return store.trustKey(message.publicKey, message.name);
    case 'untrust-key':
      return store.untrustKey(message.keyId);
  }
}
