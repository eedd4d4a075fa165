import type { CompiledDomainRule } from '../engine/types';
import type { RuleSource } from './schema';

type DomainSource = Extract<RuleSource, { kind: 'domain' }>;

/** A domain rule's `dates` and `portals` in the engine's form (only the fields the pack gave). */
export function compileSourceData(rule: DomainSource): Pick<CompiledDomainRule, 'dates' | 'portals'> {
  return {
    ...(rule.dates
      ? {
          dates: rule.dates.map((d) => ({
            hosts: [...d.hosts],
            pattern: d.pattern,
            year: d.year,
            month: d.month,
            ...(d.day !== undefined ? { day: d.day } : {}),
          })),
        }
      : {}),
    ...(rule.portals
      ? {
          portals: rule.portals.map((p) => ({
            host: p.host,
            name: { vi: p.name.vi, en: p.name.en },
            names: [...p.names],
          })),
        }
      : {}),
  };
}
