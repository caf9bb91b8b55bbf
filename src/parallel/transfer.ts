// What crosses to a worker: a document and the annotations made so far, without the sentence texts
// (they are slices of the document text, rebuilt on the other side).
import type { Annotated, Sentence } from '../pipeline/types.js';

export function pack(a: Annotated): Annotated {
  return { ...a, sentences: a.sentences.map((s) => ({ ...s, text: '' })) };
}

export function unpack(a: Annotated): Annotated {
  const text = a.doc.text;
  a.sentences = a.sentences.map((s: Sentence) => ({ ...s, text: text.slice(s.start, s.end) }));
  return a;
}
