// The publication date an outlet writes into its article addresses (`…-20210315101010123.htm`), read with
// the patterns a sources pack declares per outlet (`dates:` in a domain rule). Pure: no clock here — how old
// "old" is gets decided where the time is known (src/questions/article-age.ts).

/** One way an outlet puts a date in its addresses, as a pack declares it (compiled form). */
export interface ArticleDatePattern {
  /** The outlet's host names; each also covers its subdomains (m.tuoitre.vn, amp.tuoitre.vn). */
  hosts: string[];
  /** JavaScript RegExp source, run (flag `i`) on the address's path, e.g. `-(\d{4})(\d{2})(\d{2})\d{9}\.htm$`. */
  pattern: string;
  /** Which capture groups hold the year (4 digits, or 2 meaning 20yy), the month and the day. */
  year: number;
  month: number;
  /** Absent when the address only carries year and month (`vietstock.vn/2024/03/…`). */
  day?: number;
}

interface Compiled {
  regex: RegExp;
  year: number;
  month: number;
  day?: number;
}

/** Earliest year read as a date: Vietnamese online press starts in the late 1990s; a smaller number is an id. */
const FIRST_YEAR = 1995;

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function group(match: RegExpExecArray, index: number): number | undefined {
  const text = match[index];
  return text && /^\d+$/.test(text) ? Number(text) : undefined;
}

/** The path of an address with or without its scheme (`tuoitre.vn/a-2021….htm` as well as `https://…`). */
function pathOf(url: string): string {
  const rest = url.replace(/^[a-z][a-z0-9+.-]*:\/\//i, '').replace(/^\/\//, '');
  const slash = rest.search(/[/?#]/);
  if (slash < 0 || rest[slash] !== '/') return '/';
  const path = rest.slice(slash);
  const end = path.search(/[?#]/);
  return end < 0 ? path : path.slice(0, end);
}

export class ArticleDates {
  private readonly byHost = new Map<string, Compiled[]>();

  add(patterns: readonly ArticleDatePattern[]): void {
    for (const p of patterns) {
      let regex: RegExp;
      try {
        regex = new RegExp(p.pattern, 'i');
      } catch {
        continue; // the pack loader validates patterns; one that still fails is skipped (fail open)
      }
      const compiled: Compiled = { regex, year: p.year, month: p.month, ...(p.day ? { day: p.day } : {}) };
      for (const raw of p.hosts) {
        const host = raw.trim().toLowerCase();
        if (!host) continue;
        const list = this.byHost.get(host) ?? [];
        list.push(compiled);
        this.byHost.set(host, list);
      }
    }
  }

  get size(): number {
    return this.byHost.size;
  }

  /**
   * The date the address carries, as `yyyy-mm-dd` (or `yyyy-mm` when the outlet writes no day), or undefined
   * when its outlet is not listed, no pattern matches, or what matched is not a real calendar date (an
   * article id that happens to look like one: month 13, 31 February, a year before 1995 or after
   * `latestYear`).
   */
  read(url: string, host: string, latestYear = 2100): string | undefined {
    if (this.byHost.size === 0) return undefined;
    let patterns: Compiled[] | undefined;
    for (let h = host.toLowerCase().replace(/\.+$/, ''); ;) {
      patterns = this.byHost.get(h);
      if (patterns) break;
      const dot = h.indexOf('.');
      if (dot < 0) return undefined;
      h = h.slice(dot + 1);
    }
    const path = pathOf(url);
    for (const p of patterns) {
      const match = p.regex.exec(path);
      if (!match) continue;
      let year = group(match, p.year);
      const month = group(match, p.month);
      const day = p.day === undefined ? undefined : group(match, p.day);
      if (year === undefined || month === undefined) continue;
      if ((match[p.year] ?? '').length === 2) year += 2000;
      if (year < FIRST_YEAR || year > latestYear || month < 1 || month > 12) continue;
      const mm = String(month).padStart(2, '0');
      if (p.day === undefined) return `${year}-${mm}`;
      if (day === undefined || day < 1 || day > daysInMonth(year, month)) continue;
      return `${year}-${mm}-${String(day).padStart(2, '0')}`;
    }
    return undefined;
  }
}
