// The engine's public face: what the guard, popup, background and CLI import.
export {
  createChecker,
  check,
  verdictOf,
  MAX_MATCHES_PER_RULE,
  MAX_PATTERN_INPUT,
  MAX_EXCERPT,
} from './checker';
export type { Checker } from './checker';
export { normalise, originalRange } from './normalise';
export type { MatchMode, NormalisedText } from './normalise';
export { extractLinks, hostOf } from './links';
export { DomainIndex, skeleton } from './domain-index';
export * from './types';
