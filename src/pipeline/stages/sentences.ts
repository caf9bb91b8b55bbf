import model from 'wink-eng-lite-web-model';
import winkNLP from 'wink-nlp';
import type { Annotated, Sentence, Stage } from '../types.js';

type Nlp = ReturnType<typeof winkNLP>;
let nlp: Nlp | null = null;
/** One shared wink-nlp instance, tokenisation and sentence boundaries only (no POS/NER: not needed, and slower). */
export function getNlp(): Nlp {
  nlp ??= winkNLP(model, ['sbd']);
  return nlp;
}

// A sentence ending in one of these was cut after an abbreviation, not at a sentence end.
const ABBREV_END =
  /\b(?:Mr|Mrs|Ms|Dr|Gen|Lt|Col|Sen|Rep|Gov|Pres|Sec|Amb|Prof|St|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec|No|Nos|Art|vs|Sgt|Capt|Adm|Maj|Rev|Hon|[A-Z])\.$/;

/** Splits a paragraph-preserving text into sentences with exact character offsets. */
export function splitSentences(text: string): Sentence[] {
  const its = getNlp().its;
  const out: Sentence[] = [];
  const paraRe = /[^\n]+(?:\n(?!\n)[^\n]*)*/g;
  let paragraph = 0;
  for (let pm = paraRe.exec(text); pm; pm = paraRe.exec(text)) {
    const ptext = pm[0];
    if (!ptext.trim()) continue;
    const doc = getNlp().readDoc(ptext);
    const values = doc.tokens().out(its.value) as string[];
    // token character offsets, aligned on the paragraph text
    const starts: number[] = new Array(values.length);
    let cursor = 0;
    for (let i = 0; i < values.length; i++) {
      const at = ptext.indexOf(values[i], cursor);
      starts[i] = at >= 0 ? at : cursor;
      cursor = at >= 0 ? at + values[i].length : cursor;
    }
    const spans: Array<[number, number]> = [];
    doc.sentences().each((s: { out: (f: unknown) => unknown }) => {
      const [a, b] = s.out(its.span) as unknown as [number, number];
      const start = starts[a];
      const end = starts[b] + values[b].length;
      const prev = spans[spans.length - 1];
      if (prev && (ABBREV_END.test(ptext.slice(prev[0], prev[1])) || /^[a-z\d]/.test(ptext.slice(start, start + 1))))
        prev[1] = end;
      else spans.push([start, end]);
    });
    for (const [a, b] of spans) {
      const s = pm.index + a;
      const e = pm.index + b;
      out.push({ index: out.length, start: s, end: e, text: text.slice(s, e), paragraph });
    }
    paragraph++;
  }
  return out;
}

export const sentencesStage: Stage = {
  name: 'sentences',
  run(a: Annotated) {
    a.sentences = splitSentences(a.doc.text);
  },
};
