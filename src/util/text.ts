/** Lower-case, strip diacritics, unify apostrophes and dashes: the key used for name look-ups. */
const ASCII_SIMPLE = /^[A-Za-z0-9 .'-]*$/;

export function normalizeName(s: string): string {
  if (ASCII_SIMPLE.test(s)) return s.toLowerCase().replace(/\s+/g, ' ').trim();
  return s
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[’‘`´]/g, "'")
    .replace(/[‐‑‒–—]/g, '-')
    .toLowerCase()
    .replace(LETTERS_APART, (c) => LETTER_BASE[c] ?? c)
    .replace(/\s+/g, ' ')
    .trim();
}

// Latin letters that Unicode does not decompose into a base letter and a mark ("Wałęsa", "Tuđman", "Støre"):
// folded by hand so that the name typed without them finds the same key (đ as the English press writes it: Tudjman)
const LETTER_BASE: Record<string, string> = {
  ł: 'l',
  đ: 'dj',
  ð: 'd',
  ø: 'o',
  æ: 'ae',
  œ: 'oe',
  ß: 'ss',
  ı: 'i',
  þ: 'th',
  ħ: 'h',
  ŧ: 't',
  ŀ: 'l',
};
const LETTERS_APART = new RegExp(`[${Object.keys(LETTER_BASE).join('')}]`, 'g');
const HAS_LETTER_APART = new RegExp(`[${Object.keys(LETTER_BASE).join('')}]`);

/** Whether a name has a letter of LETTER_BASE in either case ("Støre", "ŁUKASZ"): it is printed in an ASCII alias. */
export function hasLetterApart(s: string): boolean {
  return HAS_LETTER_APART.test(s.toLowerCase());
}

export interface WordToken {
  text: string;
  norm: string;
  start: number;
  end: number;
  /** Starts with an upper-case letter (or is all digits-free upper case). */
  cap: boolean;
  /** Followed immediately by a possessive 's / ’s. */
  possessive: boolean;
}

const KEEP_DOT =
  /^(?:[A-Z]|[A-Z]\.[A-Z]|U\.S|U\.K|U\.N|E\.U|Jr|Sr|Mr|Mrs|Ms|Dr|St|Gen|Lt|Col|Sen|Rep|Gov|Pres|Sec|Amb|Prof)\.?$/;

/** A copy that does not keep a whole document alive (V8 slices share their parent string). */
export function own(s: string): string {
  // flattening " " + s allocates a fresh string; slicing the space off keeps only that fresh copy alive
  return s.length ? ` ${s}`.slice(1) : s;
}

interface WordShape {
  raw: string;
  text: string;
  norm: string;
  cap: boolean;
  possessive: boolean;
}
// the same words recur across a corpus: each distinct raw word is shaped once (bounded cache)
const SHAPES = new Map<string, WordShape>();
const SHAPES_MAX = 200_000;

/** An Arabic article joined to a name by a hyphen ("al-Assad", "el-Sisi"); the wires often drop it. */
export const ARABIC_ARTICLE = /^(?:al|el|as|ash|ad|az|an|ar|at)-/i;

const UNCASED_SCRIPT =
  /^[\p{Script=Han}\p{Script=Hangul}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Arabic}\p{Script=Hebrew}\p{Script=Devanagari}]/u;

function shapeOf(raw: string): WordShape {
  let w = raw;
  let possessive = false;
  // trailing punctuation that belongs to the sentence, not the word
  while (w.length > 1 && /[.'’-]$/.test(w) && !(w.endsWith('.') && KEEP_DOT.test(w))) w = w.slice(0, -1);
  const pm = /^(.+?)['’]s$/.exec(w);
  if (pm && pm[1].length > 1) {
    w = pm[1];
    possessive = true;
  } else if (/[sS]['’]$/.test(raw) && raw.length > 2) {
    possessive = true; // "Allies’"
  }
  // (an Arabic article joined to a name reads as the name's capital: "el-Sisi", "al-Sudani")
  // (a script without capitals, Chinese, Korean, Japanese, Arabic, Hebrew, Devanagari, writes every name uncased)
  const cap = /^\p{Lu}/u.test(w) || /^\p{Lu}/u.test(w.replace(ARABIC_ARTICLE, '')) || UNCASED_SCRIPT.test(w);
  return { raw, text: w, norm: normalizeName(w).replace(/\.$/, ''), cap, possessive };
}

const LETTER_OR_MARK = /[\p{L}\p{M}\p{Nd}]/u;

/** A character that can start a word: a letter, a combining mark or a digit (ASCII checked without a regex). */
function wordChar(c: number, text: string, i: number): boolean {
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57);
  return LETTER_OR_MARK.test(text[i]) || (c >= 0xd800 && c <= 0xdbff && LETTER_OR_MARK.test(text.slice(i, i + 2)));
}

/**
 * Word tokens with character offsets relative to `base`. Possessive endings are split off. A word starts at
 * a letter or digit and runs on through letters, digits, apostrophes, full stops and hyphens (scanned
 * character by character: this runs on every sentence that matters).
 */
export function wordTokens(text: string, base = 0): WordToken[] {
  const out: WordToken[] = [];
  const n = text.length;
  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (!wordChar(c, text, i)) {
      i++;
      continue;
    }
    let j = i + 1;
    for (; j < n; j++) {
      const d = text.charCodeAt(j);
      // apostrophes (' and ’), full stop, hyphen
      if (d === 39 || d === 0x2019 || d === 46 || d === 45 || (d >= 0xdc00 && d <= 0xdfff)) continue;
      if (!wordChar(d, text, j)) break;
    }
    const raw = text.slice(i, j);
    let shape = SHAPES.get(raw);
    if (!shape) {
      if (SHAPES.size >= SHAPES_MAX) SHAPES.clear();
      shape = shapeOf(own(raw));
      SHAPES.set(shape.raw, shape);
    }
    const start = base + i;
    out.push({
      text: shape.text,
      norm: shape.norm,
      start,
      end: start + shape.text.length,
      cap: shape.cap,
      possessive: shape.possessive,
    });
    i = j;
  }
  return out;
}

export function isoDate(d: Date): string {
  return d.toISOString().slice(0, 10);
}

/** Add days to an ISO date (UTC arithmetic, no time-zone drift). */
export function addDays(iso: string, days: number): string {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return isoDate(d);
}

export function weekday(iso: string): number {
  return new Date(`${iso}T00:00:00Z`).getUTCDay();
}

export function lastDayOfMonth(year: number, month: number): string {
  const d = new Date(Date.UTC(year, month, 0));
  return isoDate(d);
}

export function pad2(n: number): string {
  return String(n).padStart(2, '0');
}

/** English month names, lower case, January first. */
export const MONTHS = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
];
