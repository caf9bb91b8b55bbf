import { createRequire } from 'node:module';
import type winkNLP from 'wink-nlp';
import type { Annotated, Sentence, Stage } from '../types.js';

type Nlp = ReturnType<typeof winkNLP>;
let nlp: Nlp | null = null;
/**
 * One shared wink-nlp instance: tokenisation only (sentences are read off its tokens below). The model
 * is loaded on first use, so a process or worker that never tokenises (a worker running the later
 * stages, `parley actors`, queries) does not pay for it.
 */
export function getNlp(): Nlp {
  if (!nlp) {
    const require = createRequire(import.meta.url);
    const wink = require('wink-nlp') as typeof winkNLP;
    nlp = wink(require('wink-eng-lite-web-model'), []);
  }
  return nlp;
}

const TERMINAL = new Set(['.', '!', '?', '…', '...', '?!', '!?']);
const CLOSERS = new Set(['"', '”', '’', "'", ')', ']', '»']);
// tokens after which a full stop does not end a sentence (titles, initials, months, Latin abbreviations)
const ABBREV =
  /^(?:Mr|Mrs|Ms|Dr|Gen|Lt|Col|Sen|Rep|Gov|Pres|Sec|Amb|Prof|St|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec|No|Nos|Art|vs|Sgt|Capt|Adm|Maj|Rev|Hon|Jr|Sr|Gov|Corp|Inc|Ltd|Co|e\.g|i\.e|etc|[A-Z])\.$/;

/**
 * Splits a text into sentences with exact character offsets, from one wink-nlp tokenisation pass:
 * a sentence ends at terminal punctuation (with any closing quotes) before a capitalised, quoted or
 * numeric token, never after a title, initial or abbreviation, and always at a paragraph break.
 */
export function splitSentences(text: string): Sentence[] {
  const its = getNlp().its;
  const doc = getNlp().readDoc(text);
  const values = doc.tokens().out(its.value) as string[];
  const n = values.length;
  // each token's offset: found from where the previous one ended (token values are the text's own
  // characters; only spaces lie between them)
  const starts = new Array<number>(n);
  let cursor = 0;
  for (let i = 0; i < n; i++) {
    if (!text.startsWith(values[i], cursor)) {
      const at = text.indexOf(values[i], cursor);
      if (at >= 0) cursor = at;
    }
    starts[i] = cursor;
    cursor += values[i].length;
  }
  // glued to the token before it (no space between)
  const glued = (i: number) => i > 0 && starts[i] === starts[i - 1] + values[i - 1].length;
  const out: Sentence[] = [];
  let paragraph = 0;
  let first = -1;
  let last = -1;
  const close = () => {
    if (first < 0) return;
    const s0 = starts[first];
    const e0 = starts[last] + values[last].length;
    out.push({ index: out.length, start: s0, end: e0, text: text.slice(s0, e0), paragraph });
    first = -1;
  };
  for (let i = 0; i < n; i++) {
    const v = values[i];
    const c0 = v.charCodeAt(0);
    if ((c0 === 10 || c0 === 13 || c0 === 32 || c0 === 9) && /^\s+$/.test(v)) {
      // a blank line (or more) ends the sentence and the paragraph
      if (v.includes('\n\n') || /\n\s*\n/.test(v)) {
        close();
        if (out.length) paragraph++;
      }
      continue;
    }
    if (first < 0) first = i;
    last = i;
    if (v.length > 1 ? v.charCodeAt(v.length - 1) !== 46 : !TERMINAL.has(v)) continue;
    const terminal =
      TERMINAL.has(v) ||
      (v.endsWith('.') && v.length > 1 && !ABBREV.test(v) && /^\p{L}/u.test(v) && !/\.\p{L}/u.test(v));
    if (!terminal) continue;
    let j = i + 1;
    while (j < n && CLOSERS.has(values[j]) && glued(j)) j++;
    const next = values[j];
    if (next === undefined) continue;
    if (/^\s+$/.test(next) || /^[\p{Lu}\d"“‘'(«—–-]/u.test(next)) {
      // "Pres. Biden", "Feb. 9": an abbreviation before a name or number does not end the sentence
      if (v === '.' && glued(i) && ABBREV.test(`${values[i - 1]}.`)) continue;
      last = j - 1;
      i = j - 1;
      close();
    }
  }
  close();
  return out;
}

// A paragraph worth reading has a word that one of the contact triggers (stages/triggers.ts) is built
// on, in the form the trigger needs, or a quotation. The forms are tight on purpose: "spokesperson",
// "hostage", "visitors", "what they called a lack", "received aid" never start a trigger, and a
// paragraph that cannot yield a trigger or a quote is never tokenised.
const CONTACT_WORD =
  /\b(?:calls?\b(?!\s+(?:for|on|it|them)\b)|phon(?:e|ed|es)\b|telephon\w*|rang|dialled|dialed|spoke|spoken|speak(?:s|ing)?\b|talk(?:s|ed|ing)?\b|conferred|conversations?|video\w*|virtual(?:ly)?\b|summits?|met|meet(?:s|ing|ings)?\b|sat down|sit down|host(?:s|ed|ing)?\b|visit(?:s|ed|ing)?\b|joined by|convened|wrote to|letters? (?:to|from)|(?:letter|message) to|exchanged letters|(?:received|hosted|welcomed) by|(?:held|hold|holds|holding|had)\s+(?:[\w-]+\s+){0,2}(?:discussions|consultations|negotiations)|tête-à-tête)\b|[“"‘]|(?:^|\s)'\w/i;
// verbs that report a contact only before a name or a pronoun ("called Macron", "welcomed his guest")
const CONTACT_VERB_BEFORE_NAME =
  /\b(?:[Cc]all(?:ed|s)?|[Ww]elcom(?:ed|es)|[Rr]eceiv(?:ed|es))(?:\s+up)?\s+(?:[A-Z]|(?:his|her|their|him|the)\b)/;

/** Whether a paragraph can report a contact or hold a quotation. */
export function relevantParagraph(text: string): boolean {
  return CONTACT_WORD.test(text) || CONTACT_VERB_BEFORE_NAME.test(text);
}

/**
 * Sentences of the paragraphs that can matter: the first (the lede) and any with a contact word or a
 * quotation, tokenised together in one pass, separated by blank lines. The second paragraph, when it
 * cannot report a contact, is kept whole as one unit, untokenised: it still tells who is in play ("He
 * later spoke with …"). Other paragraphs are skipped; offsets stay exact.
 */
export function relevantSentences(text: string): Sentence[] {
  const paraRe = /[^\n]+(?:\n(?!\s*\n)[^\n]*)*/g;
  // each chosen paragraph: where it starts in the text, in the joined text, and its number
  const chosen: Array<{ at: number; joinedAt: number; paragraph: number }> = [];
  const whole: Sentence[] = [];
  const parts: string[] = [];
  let joinedLength = 0;
  let paragraph = 0;
  for (let m = paraRe.exec(text); m; m = paraRe.exec(text)) {
    if (!m[0].trim()) continue;
    if (paragraph === 0 || relevantParagraph(m[0])) {
      if (parts.length) joinedLength += 2;
      chosen.push({ at: m.index, joinedAt: joinedLength, paragraph });
      parts.push(m[0]);
      joinedLength += m[0].length;
    } else if (paragraph === 1) {
      const lead = m[0].length - m[0].trimStart().length;
      const body = m[0].trim();
      whole.push({ index: -1, start: m.index + lead, end: m.index + lead + body.length, text: body, paragraph });
    }
    paragraph++;
  }
  const out: Sentence[] = [];
  let k = 0;
  for (const s of splitSentences(parts.join('\n\n'))) {
    while (k + 1 < chosen.length && chosen[k + 1].joinedAt <= s.start) k++;
    const shift = chosen[k].at - chosen[k].joinedAt;
    out.push({
      index: -1,
      start: s.start + shift,
      end: s.end + shift,
      text: s.text,
      paragraph: chosen[k].paragraph,
    });
  }
  if (whole.length) out.push(...whole);
  out.sort((a, b) => a.start - b.start);
  out.forEach((s, i) => {
    s.index = i;
  });
  return out;
}

export const sentencesStage: Stage = {
  name: 'sentences',
  run(a: Annotated) {
    a.sentences = relevantSentences(a.doc.text);
  },
};
