// The rule engine: compiled packs in, findings + link verdicts + question hints + a verdict out. Pure: no
// DOM, no browser APIs, so the same code runs in the content script, the popup, the background and the CLI.
//
// `createChecker(packs)` does all the per-pack work once (one phrase automaton per normalisation mode over
// every phrase of every pack, compiled regexes, merged domain lists); `check(draft)` then costs roughly one
// pass over the text per mode in use, whatever the number of rules.

import {
  charFlags as charFlags_,
  LETTER as LETTER_,
  LOWER as LOWER_,
  UPPER as UPPER_,
  WORD as WORD_,
} from './char-class';
import { ArticleDates } from './article-date';
import { DomainIndex, domainRuleOf } from './domain-index';
import { DEFAULT_TLDS, extractLinks, hostOf } from './links';
import { LiteralFilter } from './literal-filter';
import { derive, normalise, originalRange, type NormalisedText } from './normalise';
import { speedUpPattern } from './pattern-speedup';
import { PhraseIndex, type PhraseHit } from './phrase-index';
import { PortalIndex } from './official-portals';
import { measureSignals, hasAttributedSource } from './signals';
import { buildQuestionHints } from '../questions/hints';
import type {
  CheckResult,
  CompiledGroup,
  CompiledPack,
  CompiledRule,
  Draft,
  Evidence,
  Finding,
  FindingPart,
  GroupTally,
  LinkResult,
  LinkVerdict,
  Severity,
  Verdict,
} from './types';

// Local copies: module bindings can be getters once transpiled (tsx, vitest), too slow in the hot loops.
const charFlags = charFlags_;
const LETTER = LETTER_;
const LOWER = LOWER_;
const UPPER = UPPER_;
const WORD = WORD_;

/** At most this many findings per rule per text (a pasted document may repeat a marker on every page). */
export const MAX_MATCHES_PER_RULE = 100;
/**
 * Pattern rules, signals and link extraction look at this many (normalised) UTF-16 units at most: the
 * longest Facebook post is 63,206 characters, so this covers any real post with margin while bounding the
 * time a pack's regexes can take on a huge paste. Phrase and near rules scan the whole text.
 */
export const MAX_PATTERN_INPUT = 100_000;
/** At most this many links are taken from one text (each gets a verdict; a post has a handful). */
export const MAX_LINKS = 200;
/** Near rules keep at most this many occurrences of each side. */
const MAX_NEAR_HITS = 500;
/**
 * Characters other than an ASCII letter's lower case that the letter matches under the `iu` flags: upper-case
 * ASCII, K (Kelvin sign, as k) and ſ (long s, as s). A folded text is lower case, so these are rare in it;
 * where one occurs, case-insensitive patterns all run (their lower-case literals could miss a match).
 */
const CASELESS_RISK = /[A-Z\u017F\u212A]/;
/** Excerpts are cut to this many characters. */
export const MAX_EXCERPT = 120;
/** A group's finding lists at most this many matched markers as its evidence. */
export const MAX_EVIDENCE = 20;
/** Weights are decimals (0.1 + 0.2 …): a total this close below a reach counts as reaching it. */
const EPSILON = 1e-9;

export interface Checker {
  check(draft: Draft | string): CheckResult;
  /** The same result, plus how every group with a matched member added up (for `pack test`, `check`). */
  explain(draft: Draft | string): CheckResult & { groups: GroupTally[] };
}

/** A group the pack declares, as the checker uses it. */
interface DeclaredGroup {
  packId: string;
  group: CompiledGroup;
  reach: number;
}

interface Slot {
  packId: string;
  rule: CompiledRule;
  /** Group key, unique within the whole checker (pack id + group, or pack id + rule id). */
  group: string;
  /** The declared group this rule is a member of (it then never reports on its own). */
  declared?: DeclaredGroup;
  regex?: RegExp;
}

interface Span {
  start: number;
  end: number;
  /** Overrides the excerpt taken from the text (links outside the text). */
  excerpt?: string;
  /** Overrides the rule's severity (domain rules: the severity `report` gives the link's verdict). */
  severity?: Severity;
}

const SEVERITY_RANK: Record<Severity, number> = { info: 0, warning: 1, critical: 2 };

const SHARED_PART: FindingPart = { kind: 'shared' };

/** Findings come in the draft's order: the typed text, the shared post, then each picture. */
function partRank(part: FindingPart | undefined): number {
  if (!part) return 0;
  return part.kind === 'shared' ? 1 : 2 + part.index;
}

export function createChecker(packs: readonly CompiledPack[]): Checker {
  const slots: Slot[] = [];
  const phrases = new PhraseIndex();
  const domainRules: { slot: number; report: Partial<Record<LinkVerdict, Severity>> }[] = [];
  const domains = new DomainIndex();
  const dates = new ArticleDates();
  const portals = new PortalIndex();
  const nearSlots: number[] = [];
  const patternSlots: number[] = [];
  // Required literals of pattern rules, one filter per text they read (exact or folded).
  const exactLiterals = new LiteralFilter();
  const foldLiterals = new LiteralFilter();
  // Literals of case-insensitive (`i`) folded patterns: lower-case ASCII, sound only on a folded text that
  // holds nothing else an ASCII letter matches under `iu` (see CASELESS_RISK).
  const caselessLiterals = new LiteralFilter();
  const signalSlots: number[] = [];

  for (const pack of packs) {
    const declared = declaredGroups(pack);
    for (const rule of pack.rules) {
      const index = slots.length;
      const grouped = rule.group !== undefined && rule.group !== '';
      const slot: Slot = {
        packId: pack.id,
        rule,
        group: `${pack.id}\u0000${grouped ? `g:${rule.group}` : `r:${rule.id}`}`,
      };
      const member = grouped ? declared.get(rule.group as string) : undefined;
      if (member) slot.declared = member;
      slots.push(slot);
      switch (rule.kind) {
        case 'phrase':
          for (const p of rule.phrases ?? [])
            if (typeof p === 'string') phrases.add(p, rule.match, index, 'phrase');
          break;
        case 'near':
          for (const p of rule.a ?? []) if (typeof p === 'string') phrases.add(p, rule.match, index, 'a');
          for (const p of rule.b ?? []) if (typeof p === 'string') phrases.add(p, rule.match, index, 'b');
          nearSlots.push(index);
          break;
        case 'pattern': {
          const flags = [
            ...new Set((rule.flags + 'gu').replace(/[^dgimsuy]/g, '').replace(/[yv]/g, '')),
          ].join('');
          try {
            slot.regex = compilePattern(rule.pattern, flags);
            patternSlots.push(index);
            if (!flags.includes('i')) (rule.fold ? foldLiterals : exactLiterals).add(index, rule.literals);
            else if (rule.fold) caselessLiterals.add(index, rule.literals);
          } catch {
            // The pack loader validates patterns; a pattern that still fails here is skipped (fail open).
          }
          break;
        }
        case 'domain':
          domains.add(domainRuleOf(rule));
          dates.add(rule.dates ?? []);
          portals.add(rule.portals ?? []);
          domainRules.push({ slot: index, report: rule.report ?? {} });
          break;
        case 'signal':
          signalSlots.push(index);
          break;
      }
    }
  }
  phrases.build();
  const tlds = new Set([...DEFAULT_TLDS, ...domains.tlds]);
  const linksIn = (s: string) =>
    extractLinks(s.length > MAX_PATTERN_INPUT ? s.slice(0, MAX_PATTERN_INPUT) : s, tlds, MAX_LINKS);

  /** The links of a draft: in its text, attached by the page, and in a shared post (verdicts once each). */
  interface DraftLinks {
    list: LinkResult[];
    /** Where each link sits in the typed text (0/0: outside it). */
    spans: { link: LinkResult; start: number; end: number }[];
  }

  function linksOf(d: Draft, text: string): DraftLinks {
    const list: LinkResult[] = [];
    const byUrl = new Map<string, LinkResult>();
    const spans: DraftLinks['spans'] = [];
    const addLink = (url: string, host: string, start: number, end: number): void => {
      let link = byUrl.get(url);
      if (!link) {
        const verdict = domains.verdict(host);
        link = { url, domain: host, verdict: verdict.verdict };
        if (verdict.imitates) link.imitates = verdict.imitates;
        const published = dates.read(url, host);
        if (published) link.published = published;
        byUrl.set(url, link);
        list.push(link);
      } else if (end <= start) return; // the same outside link twice
      spans.push({ link, start, end });
    };
    for (const l of linksIn(text)) addLink(l.url, l.host, l.start, l.end);
    const outside = [...(d.links ?? []), ...(d.shared?.url ? [d.shared.url] : [])];
    for (const url of outside.slice(0, MAX_LINKS)) {
      if (typeof url !== 'string') continue;
      const host = hostOf(url);
      if (host) addLink(url.trim(), host, 0, 0);
    }
    if (typeof d.shared?.text === 'string')
      for (const l of linksIn(d.shared.text)) addLink(l.url, l.host, 0, 0);
    return { list, spans };
  }

  /**
   * Every rule's matches in one part's text: phrases, near pairs and patterns in all of them; the link
   * verdicts only with the typed text (links outside it are reported there, at 0/0); the signals in the
   * typed and the shared text, never in a picture's (see DraftImage).
   */
  function scan(
    text: string,
    kind: 'typed' | 'shared' | 'image',
    d: Draft,
    links: DraftLinks,
  ): { matches: Map<number, Span[]>; fold(): NormalisedText } {
    // Only rules that matched get an entry: the per-check cost follows the text, not the number of rules.
    const matches = new Map<number, Span[]>();
    // One normalisation: the exact text (NFC, spacing), and the folded text derived from it.
    let exactText: NormalisedText | undefined;
    let foldedText: NormalisedText | undefined;
    const exactNorm = (): NormalisedText => (exactText ??= normalise(text, 'exact'));
    const foldNorm = (): NormalisedText => (foldedText ??= derive(exactNorm(), 'fold'));
    const push = (slot: number, span: Span): void => {
      let list = matches.get(slot);
      if (!list) {
        list = [];
        matches.set(slot, list);
      }
      if (list.length < MAX_MATCHES_PER_RULE) list.push(span);
    };

    const nearHits = new Map<number, { a: PhraseHit[]; b: PhraseHit[] }>();
    const isFull = (slot: number): boolean => {
      const rule = (slots[slot] as Slot).rule;
      if (rule.kind === 'near') {
        const sides = nearHits.get(slot);
        return sides !== undefined && sides.a.length >= MAX_NEAR_HITS && sides.b.length >= MAX_NEAR_HITS;
      }
      return (matches.get(slot)?.length ?? 0) >= MAX_MATCHES_PER_RULE;
    };

    // Phrase and near rules: one scan of the folded text.
    if (!phrases.isEmpty) {
      const norm = foldNorm();
      phrases.scan(
        norm,
        (hit) => {
          const slot = slots[hit.target.slot] as Slot;
          const rule = slot.rule;
          if (hit.target.role === 'phrase') {
            if (rule.kind !== 'phrase') return;
            if ((matches.get(hit.target.slot)?.length ?? 0) >= MAX_MATCHES_PER_RULE) return;
            if (rule.wholeLine && !onItsOwnLine(norm.text, hit.start, hit.end)) return;
            const [start, end] = originalRange(norm, hit.start, hit.end);
            if (rule.upperCaseOnly && !isUpperCase(text, start, end)) return;
            push(hit.target.slot, { start, end });
            return;
          }
          let sides = nearHits.get(hit.target.slot);
          if (!sides) {
            sides = { a: [], b: [] };
            nearHits.set(hit.target.slot, sides);
          }
          const list = hit.target.role === 'a' ? sides.a : sides.b;
          if (list.length < MAX_NEAR_HITS) list.push(hit);
        },
        isFull,
      );
    }

    for (const index of nearSlots) {
      const rule = (slots[index] as Slot).rule;
      const sides = nearHits.get(index);
      if (rule.kind !== 'near' || !sides || sides.a.length === 0 || sides.b.length === 0) continue;
      const norm = foldNorm();
      for (const [s, e] of nearPairs(norm.text, sides.a, sides.b, rule.window)) {
        const [start, end] = originalRange(norm, s, e);
        push(index, { start, end });
      }
    }

    // Pattern rules: on the NFC text (or the folded text), capped in length and in matches; a rule none of
    // whose required literals occurs in that text cannot match and is not run.
    const capped = (norm: NormalisedText): string =>
      norm.text.length > MAX_PATTERN_INPUT ? norm.text.slice(0, MAX_PATTERN_INPUT) : norm.text;
    let exactMayMatch: ((slot: number) => boolean) | undefined;
    let foldMayMatch: ((slot: number) => boolean) | undefined;
    let caselessMayMatch: ((slot: number) => boolean) | undefined;
    for (const index of patternSlots) {
      const slot = slots[index] as Slot;
      const rule = slot.rule;
      const regex = slot.regex;
      if (rule.kind !== 'pattern' || !regex) continue;
      const norm = rule.fold ? foldNorm() : exactNorm();
      const input = capped(norm);
      const mayMatch = !rule.fold
        ? (exactMayMatch ??= exactLiterals.scan(input))
        : !regex.ignoreCase
          ? (foldMayMatch ??= foldLiterals.scan(input))
          : (caselessMayMatch ??= CASELESS_RISK.test(input) ? () => true : caselessLiterals.scan(input));
      if (!mayMatch(index)) continue;
      regex.lastIndex = 0;
      let found = 0;
      for (let m = regex.exec(input); m !== null; m = regex.exec(input)) {
        if (m[0].length === 0) {
          regex.lastIndex++;
          continue;
        }
        const [start, end] = originalRange(norm, m.index, m.index + m[0].length);
        push(index, { start, end });
        if (++found >= MAX_MATCHES_PER_RULE) break;
      }
    }

    // Links: judged once for the whole draft, reported with the typed text.
    if (kind === 'typed') {
      for (const { slot, report } of domainRules) {
        for (const { link, start, end } of links.spans) {
          const severity = report[link.verdict];
          if (severity === undefined) continue;
          push(slot, end > start ? { start, end, severity } : { start, end, excerpt: link.url, severity });
        }
      }
    }

    // Signals need the other rules' results (claim-without-source looks at what matched and at links).
    if (signalSlots.length > 0 && kind !== 'image') {
      const exact = exactNorm();
      const claimMatched = [...matches.keys()].some((i) => {
        const rule = (slots[i] as Slot).rule;
        return (
          rule.category === 'unverified-claim' &&
          rule.weight > 0 && // a counter-marker (an official denial) is no claim
          !(rule.kind === 'signal' && rule.signal === 'claim-without-source')
        );
      });
      // Only looked for when it matters (a regex over the text). A source named in the typed text or in the
      // shared post counts for both.
      const other = kind === 'typed' ? d.shared?.text : d.text;
      const sourced = (): boolean =>
        links.list.length > 0 ||
        hasAttributedSource(exact.text.slice(0, MAX_PATTERN_INPUT)) ||
        (typeof other === 'string' && other !== ''
          ? hasAttributedSource(other.slice(0, MAX_PATTERN_INPUT))
          : false);
      for (const index of signalSlots) {
        const rule = (slots[index] as Slot).rule;
        if (rule.kind !== 'signal') continue;
        if (rule.signal === 'claim-without-source') {
          if (claimMatched && !sourced()) push(index, { start: 0, end: 0 });
          continue;
        }
        for (const span of measureSignals(exact, rule, MAX_PATTERN_INPUT)) {
          if (span === 'whole') push(index, { start: 0, end: 0 });
          else {
            const [start, end] = originalRange(exact, span[0], span[1]);
            push(index, { start, end });
          }
        }
      }
    }
    return { matches, fold: foldNorm };
  }

  /**
   * One part's findings from its matches: weak markers add up within a pack (the distinct matched rules of a
   * group), declared groups speak once, the rest report their own. Offsets and excerpts are the part's.
   */
  function report(
    text: string,
    matches: Map<number, Span[]>,
    part: FindingPart | undefined,
    findings: Finding[],
    tallies: GroupTally[] | null,
  ): void {
    const weights = new Map<string, number>();
    for (const i of matches.keys()) {
      const s = slots[i] as Slot;
      weights.set(s.group, (weights.get(s.group) ?? 0) + weightOf(s.rule, s.declared !== undefined));
    }

    const keys = new Set<string>();
    // Matched members of declared groups, by group key: the group speaks for them (below).
    const members = new Map<string, number[]>();
    for (const [i, spans] of matches) {
      const s = slots[i] as Slot;
      if (spans.length === 0) continue;
      if (s.declared) {
        const list = members.get(s.group);
        if (list) list.push(i);
        else members.set(s.group, [i]);
        continue;
      }
      // A rule of an undeclared group (or alone) reports its own findings once the weights reach 1.
      if ((weights.get(s.group) ?? 0) < 1 - EPSILON) continue;
      for (const span of longestFirst(spans)) {
        const key = `${s.packId}\u0000${s.rule.id}\u0000${span.start}\u0000${span.end}\u0000${span.excerpt ?? ''}`;
        if (keys.has(key)) continue;
        keys.add(key);
        const f: Finding = {
          packId: s.packId,
          ruleId: s.rule.id,
          category: s.rule.category,
          question: s.rule.question,
          severity: span.severity ?? s.rule.severity,
          start: span.start,
          end: span.end,
          excerpt:
            span.excerpt !== undefined ? trimExcerpt(span.excerpt) : excerptOf(text, span.start, span.end),
          message: s.rule.message,
        };
        if (s.rule.reference !== undefined) f.reference = s.rule.reference;
        if (part) f.part = part;
        findings.push(f);
      }
    }

    const matched = (indices: number[]): MatchedRule[] =>
      indices.map((i) => {
        const s = slots[i] as Slot;
        return {
          rule: s.rule,
          spans: matches.get(i) as Span[],
          weight: weightOf(s.rule, s.declared !== undefined),
        };
      });
    const inPart = <T extends object>(value: T): T => (part ? { ...value, part } : value);

    // A declared group whose members reached its reach: one finding, the matched markers as its evidence.
    for (const [key, indices] of members) {
      const declared = (slots[indices[0] as number] as Slot).declared as DeclaredGroup;
      const total = weights.get(key) ?? 0;
      const reached = total >= declared.reach - EPSILON;
      if (reached)
        findings.push(inPart(groupFinding(text, declared, evidenceOf(text, matched(indices), MAX_EVIDENCE))));
      tallies?.push(
        inPart({
          packId: declared.packId,
          groupId: declared.group.id,
          declared: true,
          reach: declared.reach,
          total: roundWeight(total),
          reached,
          markers: firstMarkers(text, matched(indices)),
        }),
      );
    }
    if (tallies) {
      // Undeclared groups (older packs): reach 1, and the members report on their own.
      const undeclared = new Map<string, number[]>();
      for (const i of matches.keys()) {
        const s = slots[i] as Slot;
        if (s.declared || s.rule.group === undefined || s.rule.group === '') continue;
        const list = undeclared.get(s.group);
        if (list) list.push(i);
        else undeclared.set(s.group, [i]);
      }
      for (const [key, indices] of undeclared) {
        const s = slots[indices[0] as number] as Slot;
        const total = weights.get(key) ?? 0;
        tallies.push(
          inPart({
            packId: s.packId,
            groupId: s.rule.group as string,
            declared: false,
            reach: 1,
            total: roundWeight(total),
            reached: total >= 1 - EPSILON,
            markers: firstMarkers(text, matched(indices)),
          }),
        );
      }
    }
  }

  function run(draft: Draft | string, tallies: GroupTally[] | null): CheckResult {
    const d: Draft = typeof draft === 'string' ? { text: draft } : draft;
    const text = typeof d.text === 'string' ? d.text : '';
    const links = linksOf(d, text);
    const findings: Finding[] = [];
    const typed = scan(text, 'typed', d, links);
    report(text, typed.matches, undefined, findings, tallies);
    // The other parts, each checked on its own (most drafts have none: no cost then).
    const shared = d.shared?.text;
    if (typeof shared === 'string' && shared.trim() !== '')
      report(shared, scan(shared, 'shared', d, links).matches, SHARED_PART, findings, tallies);
    if (Array.isArray(d.images)) {
      d.images.forEach((image, index) => {
        const read = image?.text;
        if (typeof read !== 'string' || read.trim() === '') return;
        report(read, scan(read, 'image', d, links).matches, { kind: 'image', index }, findings, tallies);
      });
    }

    findings.sort(
      (x, y) =>
        partRank(x.part) - partRank(y.part) ||
        x.start - y.start ||
        y.end - x.end ||
        SEVERITY_RANK[y.severity] - SEVERITY_RANK[x.severity] ||
        compareText(x.packId, y.packId) ||
        compareText(x.ruleId, y.ruleId),
    );
    tallies?.sort(
      (x, y) =>
        compareText(x.packId, y.packId) ||
        compareText(x.groupId, y.groupId) ||
        partRank(x.part) - partRank(y.part),
    );

    // Bodies named in the draft or in the post it shares, whose portal a pack knows.
    const named = portals.isEmpty ? [] : portals.find(typed.fold().text, d.shared?.text);
    return {
      verdict: verdictOf(findings, links.list),
      findings,
      links: links.list,
      questions: buildQuestionHints(findings, links.list, d),
      ...(named.length > 0 ? { portals: named } : {}),
    };
  }

  return {
    check: (draft) => run(draft, null),
    explain: (draft) => {
      const groups: GroupTally[] = [];
      return { ...run(draft, groups), groups };
    },
  };
}

/** The pack's declared groups by id (packs compiled before groups existed have none; bad entries skipped). */
function declaredGroups(pack: CompiledPack): Map<string, DeclaredGroup> {
  const out = new Map<string, DeclaredGroup>();
  if (!Array.isArray(pack.groups)) return out;
  for (const group of pack.groups) {
    if (!group || typeof group.id !== 'string' || group.id === '') continue;
    const reach = Number.isFinite(group.reach) && group.reach > 0 ? group.reach : 1;
    out.set(group.id, { packId: pack.id, group, reach });
  }
  return out;
}

/**
 * A rule's weight: in (0, 1] a marker, in [-1, 0) a counter-marker that lowers its declared group's total
 * (the schema allows those only in declared groups; elsewhere the checker treats them as 1, as it treats any
 * weight a stored pack got wrong).
 */
function weightOf(rule: CompiledRule, declared: boolean): number {
  const w = rule.weight;
  if (!Number.isFinite(w) || w === 0 || w < -1) return 1;
  return w > 0 || declared ? w : 1;
}

/** Sums of decimal weights as people read them: 0.5 + 0.25 + 0.2 is 0.95, not 0.9500000000000001. */
function roundWeight(n: number): number {
  return Math.round(n * 1000) / 1000;
}

function compareText(x: string, y: string): number {
  return x < y ? -1 : x > y ? 1 : 0;
}

interface MatchedRule {
  rule: CompiledRule;
  spans: Span[];
  /** What it counts for in its group (negative: a counter-marker). */
  weight: number;
}

function evidenceItem(text: string, { rule, weight }: MatchedRule, span: Span): Evidence {
  return {
    ruleId: rule.id,
    start: span.start,
    end: span.end,
    excerpt: span.excerpt !== undefined ? trimExcerpt(span.excerpt) : excerptOf(text, span.start, span.end),
    message: rule.message,
    weight,
  };
}

/** Located markers in text order (longer first, then by rule), whole-text signals (0/0) after them. */
function byPlace(x: Evidence, y: Evidence): number {
  const xWhole = x.end <= x.start ? 1 : 0;
  const yWhole = y.end <= y.start ? 1 : 0;
  return xWhole - yWhole || x.start - y.start || y.end - x.end || compareText(x.ruleId, y.ruleId);
}

/** Every match of the matched members, in place order, at most `cap`. */
function evidenceOf(text: string, matched: MatchedRule[], cap: number): Evidence[] {
  // Placed and cut first, excerpts after: a pasted document can give a hundred matches per member.
  const placed: { m: MatchedRule; span: Span }[] = [];
  for (const m of matched) for (const span of longestFirst(m.spans)) placed.push({ m, span });
  placed.sort(
    (x, y) =>
      (x.span.end <= x.span.start ? 1 : 0) - (y.span.end <= y.span.start ? 1 : 0) ||
      x.span.start - y.span.start ||
      y.span.end - x.span.end ||
      compareText(x.m.rule.id, y.m.rule.id),
  );
  return placed.slice(0, cap).map(({ m, span }) => evidenceItem(text, m, span));
}

/** Each matched member once, with its first match, in place order: what added up. */
function firstMarkers(text: string, matched: MatchedRule[]): Evidence[] {
  return matched.map((m) => evidenceItem(text, m, longestFirst(m.spans)[0] as Span)).sort(byPlace);
}

/**
 * The group's one finding: placed at its earliest located marker (or 0/0 when all are whole-text signals);
 * counter-markers that matched stay in the evidence (the reader sees what lowered the total), never its place.
 */
function groupFinding(text: string, declared: DeclaredGroup, evidence: Evidence[]): Finding {
  const g = declared.group;
  const first = evidence.find((e) => e.end > e.start && e.weight > 0);
  const f: Finding = {
    packId: declared.packId,
    ruleId: g.id,
    category: g.category,
    question: g.question,
    severity: g.severity,
    start: first ? first.start : 0,
    end: first ? first.end : 0,
    excerpt: first ? first.excerpt : excerptOf(text, 0, 0),
    message: g.message,
    evidence,
  };
  if (g.reference !== undefined) f.reference = g.reference;
  return f;
}

/** The pack's regex, with the word-start idiom made fast (pattern-speedup.ts) when that still compiles. */
function compilePattern(source: string, flags: string): RegExp {
  const fast = speedUpPattern(source, flags);
  if (fast !== source) {
    try {
      return new RegExp(fast, flags);
    } catch {
      // Fall back to the pattern as written.
    }
  }
  return new RegExp(source, flags);
}

/** `critical` if any critical finding; `review` if any finding or a link that is not official/known. */
export function verdictOf(findings: readonly Finding[], links: readonly LinkResult[]): Verdict {
  if (findings.some((f) => f.severity === 'critical')) return 'critical';
  if (findings.length > 0) return 'review';
  if (links.some((l) => l.verdict !== 'official' && l.verdict !== 'known')) return 'review';
  return 'clean';
}

const checkers = new WeakMap<readonly CompiledPack[], Checker>();

/** Convenience: checks with a checker cached per packs array (build a new array to rebuild). */
export function check(draft: Draft | string, packs: readonly CompiledPack[]): CheckResult {
  let checker = checkers.get(packs);
  if (!checker) {
    checker = createChecker(packs);
    checkers.set(packs, checker);
  }
  return checker.check(draft);
}

/** Nothing but whitespace and punctuation/symbols between the match and the ends of its line. */
function onItsOwnLine(text: string, start: number, end: number): boolean {
  for (let i = start - 1; i >= 0; i--) {
    const c = text.charCodeAt(i);
    if (c === 10) break;
    if (charFlags(c) & WORD) return false;
  }
  for (let i = end; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10) break;
    if (charFlags(c) & WORD) return false;
  }
  return true;
}

/** Written in upper case in the original: at least one upper-case letter and no lower-case one. */
function isUpperCase(text: string, start: number, end: number): boolean {
  let upper = false;
  for (let i = start; i < end; i++) {
    const f = charFlags(text.charCodeAt(i));
    if (f & LOWER) return false;
    if (f & UPPER && f & LETTER) upper = true;
  }
  return upper;
}

/**
 * Pairs of an `a` and a `b` occurrence at most `window` words apart (either order), as normalised spans.
 * Distance counts words from the last word of the first phrase to the first word of the second: adjacent
 * phrases are 1 apart, so `window: 8` allows up to 7 words in between; overlapping phrases are 0 apart.
 * Each `a` pairs with the nearest `b` after it, else the nearest before it.
 */
function nearPairs(text: string, a: PhraseHit[], b: PhraseHit[], window: number): [number, number][] {
  const bs = [...b].sort((x, y) => x.start - y.start);
  const out: [number, number][] = [];
  for (const x of a) {
    let lo = 0;
    let hi = bs.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if ((bs[mid] as PhraseHit).start < x.start) lo = mid + 1;
      else hi = mid;
    }
    const after = bs[lo];
    const before = bs[lo - 1];
    const best =
      after && wordsApart(text, x, after, window) <= window
        ? after
        : before && wordsApart(text, before, x, window) <= window
          ? before
          : undefined;
    if (best) out.push([Math.min(x.start, best.start), Math.max(x.end, best.end)]);
  }
  return out;
}

/** Word starts from the end of `first` to the start of `second` (0 if they overlap), counting up to limit+1. */
function wordsApart(text: string, first: PhraseHit, second: PhraseHit, limit: number): number {
  if (second.start < first.end) return 0;
  let count = 0;
  let inWord = false;
  for (let i = first.end; i <= second.start && i < text.length; i++) {
    const w = (charFlags(text.charCodeAt(i)) & WORD) !== 0;
    if (w && !inWord && ++count > limit) return count;
    inWord = w;
  }
  return count;
}

/** Per rule: keep the longest of overlapping matches, earliest first. */
function longestFirst(spans: Span[]): Span[] {
  if (spans.length < 2) return spans;
  const sorted = [...spans].sort((x, y) => x.start - y.start || y.end - x.end);
  const out: Span[] = [];
  let lastEnd = -1;
  for (const s of sorted) {
    if (s.end > s.start && s.start < lastEnd) continue;
    out.push(s);
    if (s.end > s.start) lastEnd = s.end;
  }
  return out;
}

function trimExcerpt(s: string): string {
  const t = s.replace(/\s+/gu, ' ').trim();
  return t.length > MAX_EXCERPT ? `${t.slice(0, MAX_EXCERPT - 1)}…` : t;
}

/** The matched text itself (whitespace collapsed, ≤ 120 chars); whole-text signals get the text's start. */
function excerptOf(text: string, start: number, end: number): string {
  if (end <= start) return trimExcerpt(text.slice(0, MAX_EXCERPT * 2));
  return trimExcerpt(text.slice(start, Math.min(end, start + MAX_EXCERPT * 2)));
}
