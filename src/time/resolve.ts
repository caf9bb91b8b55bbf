// News-aware temporal expressions. chrono-node parses explicit calendar dates; the parsers here handle
// what a news report needs and chrono gets wrong: weekdays read with the report's tense, date lists
// ("on 28 and 31 January"), anchored offsets ("four days before the invasion") and relative ranges.
import * as chrono from 'chrono-node';
import type { DateBasis, DatePrecision } from '../records/types.js';
import { addDays, lastDayOfMonth, MONTHS, pad2, weekday } from '../util/text.js';

export { MONTHS };

import type { Anchor } from './anchors.js';

export interface TimeSpan {
  start: number;
  end: number;
  text: string;
  from: string;
  to: string;
  precision: DatePrecision;
  basis: DateBasis;
  explanation: string;
  groupId?: number;
}

export interface TimeContext {
  /** Publication day, YYYY-MM-DD, or null when unknown. */
  published: string | null;
  anchors: Anchor[];
  /** The last single day the document mentioned before this sentence ("the day before" counts from it). */
  lastDay?: string | null;
}

const MONTH_RE =
  '(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?';
const DAY_RE = '(\\d{1,2})(?:st|nd|rd|th)?';
const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];
export const NUMBERS: Record<string, number> = {
  a: 1,
  an: 1,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  fifteen: 15,
  twenty: 20,
  thirty: 30,
};

const FUTURE_CUE =
  /\b(will|shall|'ll|is to|are to|set to|plans? to|planning to|scheduled|expected to|due to|upcoming|next|intends? to|to be held|looks? forward)\b/i;

export function monthIndex(s: string): number {
  const k = s.toLowerCase().replace(/\.$/, '').slice(0, 3);
  return MONTHS.findIndex((m) => m.startsWith(k));
}

/** Picks the year for a month/day without one: the occurrence nearest the publication date, leaning to the past. */
function yearFor(month: number, day: number, published: string | null, future: boolean): number | null {
  if (!published) return null;
  const py = Number(published.slice(0, 4));
  const cand = `${py}-${pad2(month + 1)}-${pad2(day)}`;
  if (future) return cand < addDays(published, -60) ? py + 1 : py;
  // past report: a date more than ~2 months ahead of publication belongs to the previous year
  return cand > addDays(published, 62) ? py - 1 : py;
}

function validDay(y: number, m: number, d: number): boolean {
  return d >= 1 && d <= Number(lastDayOfMonth(y, m + 1).slice(8));
}

let groupSeq = 0;
// a month name, or a number that could be part of a date: worth running the calendar parsers
const EXPLICIT_HINT = new RegExp(`\\b${MONTH_RE}(?:\\s|,|$)|\\b\\d{1,4}[-/.]\\d{1,2}\\b`, 'i');

/** Finds and resolves the temporal expressions of one sentence. Offsets are relative to `base`. */
const ANY_HINT = new RegExp(
  `\\d|${MONTH_RE}|day|tonight|tomorrow|week|month|year|eve\\b|morning|afternoon|evening|ago\\b`,
  'i',
);

// compiled once; every use below resets lastIndex (findTimes is not re-entrant)
const LIST_DM = new RegExp(
  `\\b${DAY_RE}((?:\\s*,\\s*\\d{1,2}(?:st|nd|rd|th)?)*)\\s*,?\\s+(?:and|&)\\s+${DAY_RE}\\s+(?:of\\s+)?${MONTH_RE}(?:,?\\s+(\\d{4}))?`,
  'gi',
);
const LIST_MD = new RegExp(
  `\\b${MONTH_RE}\\s+${DAY_RE}((?:\\s*,\\s*\\d{1,2}(?:st|nd|rd|th)?)*)\\s*,?\\s+(?:and|&)\\s+${DAY_RE}(?:,?\\s+(\\d{4}))?`,
  'gi',
);
const MONTH_DAY_AFTER = new RegExp(`^,?\\s*${MONTH_RE}\\s+\\d`, 'i');
const MONTH_YEAR = new RegExp(`\\b${MONTH_RE}\\s+(\\d{4})\\b`, 'gi');
const BARE_MONTH = new RegExp(`\\b(?:in|during|since|early|late|mid)\\s*-?\\s*${MONTH_RE}\\b(?!\\s+\\d)`, 'gi');

export function findTimes(sentence: string, base: number, ctx: TimeContext): TimeSpan[] {
  const out: TimeSpan[] = [];
  if (!ANY_HINT.test(sentence)) return out;
  const pub = ctx.published;
  const taken: Array<[number, number]> = [];
  const free = (s: number, e: number) => !taken.some(([a, b]) => s < b && e > a);
  const push = (t: TimeSpan) => {
    out.push(t);
    taken.push([t.start - base, t.end - base]);
  };
  // a single day resolved relative to the publication or to an earlier day
  const pushDay = (m: RegExpExecArray, d: string, explanation: string) =>
    push({
      start: base + m.index,
      end: base + m.index + m[0].length,
      text: m[0],
      from: d,
      to: d,
      precision: 'day',
      basis: 'relative',
      explanation,
    });
  // a whole calendar month (month is 0-based)
  const pushMonth = (m: RegExpExecArray, year: number, month: number, explanation: string) =>
    push({
      start: base + m.index,
      end: base + m.index + m[0].length,
      text: m[0],
      from: `${year}-${pad2(month + 1)}-01`,
      to: lastDayOfMonth(year, month + 1),
      precision: 'month',
      basis: 'explicit',
      explanation,
    });
  const futureAt = (idx: number) => FUTURE_CUE.test(sentence.slice(Math.max(0, idx - 80), idx + 40));

  // 1. Date lists: "on 28 and 31 January", "January 28 and 31", "on 3, 5 and 7 March 2022"
  for (const [re, order] of [
    [LIST_DM, 'dm'],
    [LIST_MD, 'md'],
  ] as const) {
    re.lastIndex = 0;
    for (let m = re.exec(sentence); m; m = re.exec(sentence)) {
      let days: number[];
      let month: number;
      let yearText: string | undefined;
      if (order === 'dm') {
        days = [Number(m[1]), ...(m[2].match(/\d{1,2}/g) ?? []).map(Number), Number(m[3])];
        month = monthIndex(m[4]);
        yearText = m[5];
      } else {
        month = monthIndex(m[1]);
        days = [Number(m[2]), ...(m[3].match(/\d{1,2}/g) ?? []).map(Number), Number(m[4])];
        yearText = m[5];
      }
      if (month < 0 || !free(m.index, m.index + m[0].length)) continue;
      const future = futureAt(m.index);
      const year = yearText ? Number(yearText) : yearFor(month, days[0], pub, future);
      if (year === null) continue;
      const gid = ++groupSeq;
      const spanStart = base + m.index;
      for (const d of days) {
        if (!validDay(year, month, d)) continue;
        const iso = `${year}-${pad2(month + 1)}-${pad2(d)}`;
        out.push({
          start: spanStart,
          end: spanStart + m[0].length,
          text: m[0],
          from: iso,
          to: iso,
          precision: 'day',
          basis: 'explicit',
          explanation: `'${m[0]}' (date list${yearText ? '' : `, year from publication ${pub}`})`,
          groupId: gid,
        });
      }
      taken.push([m.index, m.index + m[0].length]);
    }
  }

  // 2. Anchored offsets: "four days before the invasion", "the day after Russia invaded Ukraine"
  const lower = sentence.toLowerCase();
  const anch =
    /\b(?:(\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty)\s+(days?|weeks?|months?)|the\s+(day|week|month))\s+(before|after|prior to|ahead of|following)\s+/gi;
  for (let m = anch.exec(sentence); m; m = anch.exec(sentence)) {
    const rest = lower.slice(m.index + m[0].length);
    const anchor = ctx.anchors.find((a) => a.patterns.some((p) => rest.startsWith(p)));
    if (!anchor) continue;
    const pat = anchor.patterns.filter((p) => rest.startsWith(p)).sort((a, b) => b.length - a.length)[0];
    const n = m[1] ? (NUMBERS[m[1].toLowerCase()] ?? Number(m[1])) : 1;
    const unit = (m[2] ?? m[3]).toLowerCase().replace(/s$/, '');
    const sign = /before|prior|ahead/i.test(m[4]) ? -1 : 1;
    const len = m[0].length + pat.length;
    if (!free(m.index, m.index + len)) continue;
    const text = sentence.slice(m.index, m.index + len);
    let from: string;
    let to: string;
    let precision: DatePrecision = 'day';
    if (unit === 'day') from = to = addDays(anchor.date, sign * n);
    else if (unit === 'week' && m[1]) from = to = addDays(anchor.date, sign * 7 * n);
    else if (unit === 'week') {
      [from, to] =
        sign < 0
          ? [addDays(anchor.date, -7), addDays(anchor.date, -1)]
          : [addDays(anchor.date, 1), addDays(anchor.date, 7)];
      precision = 'range';
    } else {
      const d = new Date(`${anchor.date}T00:00:00Z`);
      d.setUTCMonth(d.getUTCMonth() + sign * n);
      from = to = d.toISOString().slice(0, 10);
      precision = m[1] ? 'day' : 'range';
    }
    push({
      start: base + m.index,
      end: base + m.index + len,
      text,
      from,
      to,
      precision,
      basis: 'anchored',
      explanation: `'${text}' anchored on ${anchor.id} (${anchor.date})`,
    });
  }
  // "on the eve of the invasion"
  const eve = /\bon the eve of\s+/gi;
  for (let m = eve.exec(sentence); m; m = eve.exec(sentence)) {
    const rest = lower.slice(m.index + m[0].length);
    const anchor = ctx.anchors.find((a) => a.patterns.some((p) => rest.startsWith(p)));
    if (!anchor) continue;
    const pat = anchor.patterns.filter((p) => rest.startsWith(p)).sort((a, b) => b.length - a.length)[0];
    const len = m[0].length + pat.length;
    const text = sentence.slice(m.index, m.index + len);
    const d = addDays(anchor.date, -1);
    push({
      start: base + m.index,
      end: base + m.index + len,
      text,
      from: d,
      to: d,
      precision: 'day',
      basis: 'anchored',
      explanation: `'${text}' anchored on ${anchor.id} (${anchor.date})`,
    });
  }

  // 2b. "the day before", "the next day": relative to the last day the report mentioned
  if (ctx.lastDay) {
    const rel =
      /\b(?:the day before|the previous day|a day earlier|the eve|the day after|the next day|the following day|a day later|(two|three) days (?:earlier|later))\b/gi;
    for (let m = rel.exec(sentence); m; m = rel.exec(sentence)) {
      if (!free(m.index, m.index + m[0].length)) continue;
      const w = m[0].toLowerCase();
      const n = m[1] ? (NUMBERS[m[1].toLowerCase()] ?? 1) : 1;
      const d = addDays(ctx.lastDay, /before|previous|earlier|eve/.test(w) ? -n : n);
      pushDay(m, d, `'${m[0]}' relative to ${ctx.lastDay}, the day mentioned before`);
    }
  }

  // 3. Publication-relative words
  if (pub) {
    const rel =
      /\b(earlier today|today|tonight|this (?:morning|afternoon|evening)|late (?:on )?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)(?: night)?|yesterday|the day before yesterday|tomorrow|(?:earlier |later )?this week|last week|next week|earlier this month|this month|last month|next month|last year|this year)\b/gi;
    for (let m = rel.exec(sentence); m; m = rel.exec(sentence)) {
      if (!free(m.index, m.index + m[0].length)) continue;
      const w = m[0].toLowerCase();
      if (w.startsWith('late ')) continue; // handled by the weekday parser below
      let from = pub;
      let to = pub;
      let precision: DatePrecision = 'day';
      const y = Number(pub.slice(0, 4));
      const mo = Number(pub.slice(5, 7));
      if (w === 'yesterday') from = to = addDays(pub, -1);
      else if (w === 'the day before yesterday') from = to = addDays(pub, -2);
      else if (w === 'tomorrow') from = to = addDays(pub, 1);
      else if (w.endsWith('this week')) {
        from = addDays(pub, -((weekday(pub) + 6) % 7));
        to = w.startsWith('earlier') ? pub : addDays(from, 6);
        precision = 'range';
      } else if (w === 'last week') {
        from = addDays(pub, -((weekday(pub) + 6) % 7) - 7);
        to = addDays(from, 6);
        precision = 'range';
      } else if (w === 'next week') {
        from = addDays(pub, 7 - ((weekday(pub) + 6) % 7));
        to = addDays(from, 6);
        precision = 'range';
      } else if (w === 'this month' || w === 'earlier this month') {
        from = `${pub.slice(0, 7)}-01`;
        to = w === 'this month' ? lastDayOfMonth(y, mo) : pub;
        precision = 'month';
      } else if (w === 'last month') {
        const py = mo === 1 ? y - 1 : y;
        const pm = mo === 1 ? 12 : mo - 1;
        from = `${py}-${pad2(pm)}-01`;
        to = lastDayOfMonth(py, pm);
        precision = 'month';
      } else if (w === 'next month') {
        const ny = mo === 12 ? y + 1 : y;
        const nm = mo === 12 ? 1 : mo + 1;
        from = `${ny}-${pad2(nm)}-01`;
        to = lastDayOfMonth(ny, nm);
        precision = 'month';
      } else if (w === 'last year') {
        from = `${y - 1}-01-01`;
        to = `${y - 1}-12-31`;
        precision = 'year';
      } else if (w === 'this year') {
        from = `${y}-01-01`;
        to = `${y}-12-31`;
        precision = 'year';
      }
      push({
        start: base + m.index,
        end: base + m.index + m[0].length,
        text: m[0],
        from,
        to,
        precision,
        basis: 'relative',
        explanation: `'${m[0]}' relative to publication ${pub}`,
      });
    }

    // 4. Weekdays, read with the tense: past → the latest such day on or before publication
    const wd =
      /\b(?:(last|this|next|on|late on|late|early on|since|by)\s+)?(monday|tuesday|wednesday|thursday|friday|saturday|sunday)(?:\s+(?:night|morning|afternoon|evening))?\b/gi;
    for (let m = wd.exec(sentence); m; m = wd.exec(sentence)) {
      if (!free(m.index, m.index + m[0].length)) continue;
      // "Monday, March 14" is an explicit date: leave it to chrono
      if (
        MONTH_DAY_AFTER.test(sentence.slice(m.index + m[0].length)) ||
        /^,?\s*\d{1,2}\s+[a-z]/i.test(sentence.slice(m.index + m[0].length))
      )
        continue;
      const target = WEEKDAYS.indexOf(m[2].toLowerCase());
      const mod = (m[1] ?? '').toLowerCase();
      const future = mod === 'next' || (mod !== 'last' && futureAt(m.index));
      const pw = weekday(pub);
      let d: string;
      if (future) {
        let delta = (target - pw + 7) % 7;
        if (mod === 'next' && delta === 0) delta = 7;
        d = addDays(pub, delta);
      } else {
        let delta = (pw - target + 7) % 7;
        if (mod === 'last' && delta === 0) delta = 7;
        d = addDays(pub, -delta);
      }
      pushDay(m, d, `'${m[0]}', ${future ? 'future' : 'past'} tense, relative to publication ${pub}`);
    }

    // "N days ago", "two weeks ago"
    const ago = /\b(\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten)\s+(days?|weeks?)\s+ago\b/gi;
    for (let m = ago.exec(sentence); m; m = ago.exec(sentence)) {
      if (!free(m.index, m.index + m[0].length)) continue;
      const n = NUMBERS[m[1].toLowerCase()] ?? Number(m[1]);
      const week = m[2].toLowerCase().startsWith('week');
      const d = addDays(pub, -(week ? 7 : 1) * n);
      push({
        start: base + m.index,
        end: base + m.index + m[0].length,
        text: m[0],
        from: week ? addDays(d, -3) : d,
        to: week ? addDays(d, 3) : d,
        precision: week ? 'range' : 'day',
        basis: 'relative',
        explanation: `'${m[0]}' relative to publication ${pub}`,
      });
    }
  }

  // 5. Explicit calendar dates (chrono underneath; year chosen by our own rule when absent)
  // chrono only where a month name or numeric date is left that our own parsers did not take
  let rest = sentence;
  for (const [a, b] of taken) rest = rest.slice(0, a) + ' '.repeat(b - a) + rest.slice(b);
  if (EXPLICIT_HINT.test(rest)) {
    const ref = pub ? new Date(`${pub}T12:00:00Z`) : new Date('2000-01-01T12:00:00Z');
    for (const r of chrono.strict.parse(sentence, ref)) {
      if (!free(r.index, r.index + r.text.length)) continue;
      const c = r.start;
      if (!c.isCertain('month')) continue;
      const month = (c.get('month') ?? 1) - 1;
      const future = futureAt(r.index);
      if (c.isCertain('day')) {
        const day = c.get('day') ?? 1;
        const year = c.isCertain('year') ? (c.get('year') ?? null) : yearFor(month, day, pub, future);
        if (year === null || !validDay(year, month, day)) continue;
        let from = `${year}-${pad2(month + 1)}-${pad2(day)}`;
        let to = from;
        let precision: DatePrecision = 'day';
        if (r.end?.isCertain('day')) {
          const ed = r.end.get('day') ?? day;
          const em = (r.end.get('month') ?? month + 1) - 1;
          const ey = r.end.isCertain('year') ? (r.end.get('year') ?? year) : year;
          to = `${ey}-${pad2(em + 1)}-${pad2(ed)}`;
          if (to < from) [from, to] = [to, from];
          precision = to === from ? 'day' : 'range';
        }
        push({
          start: base + r.index,
          end: base + r.index + r.text.length,
          text: r.text,
          from,
          to,
          precision,
          basis: 'explicit',
          explanation: `'${r.text}'${c.isCertain('year') ? '' : `, year from publication ${pub}`}`,
        });
      } else if (c.isCertain('year') || pub) {
        // a month: "in January", "June 2021"
        const year = c.isCertain('year') ? (c.get('year') ?? 0) : (yearFor(month, 1, pub, future) ?? 0);
        if (!year) continue;
        push({
          start: base + r.index,
          end: base + r.index + r.text.length,
          text: r.text,
          from: `${year}-${pad2(month + 1)}-01`,
          to: lastDayOfMonth(year, month + 1),
          precision: 'month',
          basis: 'explicit',
          explanation: `'${r.text}' (month)`,
        });
      }
    }
    // "August 2021", "in June 2021": a month with its year
    const monthYear = MONTH_YEAR;
    monthYear.lastIndex = 0;
    for (let m = monthYear.exec(sentence); m; m = monthYear.exec(sentence)) {
      if (!free(m.index, m.index + m[0].length)) continue;
      const month = monthIndex(m[1]);
      const year = Number(m[2]);
      if (month < 0) continue;
      pushMonth(m, year, month, `'${m[0]}' (month)`);
    }
    // "in January" / "in March" without a year: chrono strict skips bare month names
    const bareMonth = BARE_MONTH;
    bareMonth.lastIndex = 0;
    for (let m = bareMonth.exec(sentence); m; m = bareMonth.exec(sentence)) {
      if (!pub || !free(m.index, m.index + m[0].length)) continue;
      const month = monthIndex(m[1]);
      if (month < 0 || (m[1].toLowerCase() === 'may' && !/^in\s/i.test(m[0]))) continue;
      const year = yearFor(month, 1, pub, futureAt(m.index));
      if (year === null) continue;
      pushMonth(m, year, month, `'${m[0]}' (month, year from publication ${pub})`);
    }
  }
  return out.sort((a, b) => a.start - b.start);
}
