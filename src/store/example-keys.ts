/**
 * Publisher keys whose secret half is committed in this repository (rules/examples/*\/example-only.key), so
 * anyone can sign anything with them. They let people try signing and importing; an organisation policy
 * that trusts one would trust every forger, so the store refuses them there (example-keys.test.ts keeps
 * this list equal to the example publisher.pub files).
 */
export const EXAMPLE_KEY_IDS: ReadonlySet<string> = new Set(['1795ab70debbc832']);
