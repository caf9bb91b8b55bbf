// Direct quotations and their speakers: "X said, '…'", "'…,' the French President said", "X told reporters: …".
import type { ActorRef } from '../../actors/types.js';
import type { ActorMention, Annotated, Stage } from '../types.js';

const SPEECH = '(?:said|says|added|told|wrote|tweeted|posted|stated|noted|declared|insisted|warned|stressed|explained|replied|asked|recalled|continued|remarked|according to)';
const QUOTE_RE = /[“"]([^”"]{12,2000})[”"]/g;

function speakerNear(a: Annotated, qStart: number, qEnd: number): ActorRef | null {
  const text = a.doc.text;
  const persons = (m: ActorMention) => m.actor !== null || (m.kind === 'pronoun' && !m.plural);
  // after the quote: ,” X said / ,” said X / ,” the French President told …
  const after = text.slice(qEnd, qEnd + 120);
  const am = new RegExp(`^[\\s,.!?]*(?:(${SPEECH})\\s+|([^.“"]{1,80}?)\\s+${SPEECH}\\b)`, 'i').exec(after);
  if (am) {
    const from = qEnd;
    const to = qEnd + am[0].length + 60;
    const m = a.mentions.find((x) => x.start >= from && x.start < to && persons(x));
    if (m) return resolveSpeaker(a, m);
  }
  // before the quote: X said: “…” / X told reporters, “…” / According to X, “…”
  const before = text.slice(Math.max(0, qStart - 160), qStart);
  const bm = new RegExp(`${SPEECH}\\b[^.“"]{0,60}[,:]?\\s*$`, 'i').exec(before);
  if (bm) {
    const cueAt = qStart - before.length + bm.index;
    const cands = a.mentions.filter((x) => x.end <= cueAt + 40 && x.start >= qStart - 200 && persons(x) && !(x.start > cueAt && x.kind === 'pronoun'));
    const m = cands.filter((x) => x.start < cueAt).pop() ?? cands[0];
    if (m) return resolveSpeaker(a, m);
  }
  return null;
}

function resolveSpeaker(a: Annotated, m: ActorMention): ActorRef | null {
  if (m.actor) return m.actor;
  if (m.kind === 'pronoun' && !m.plural) {
    for (let i = a.mentions.length - 1; i >= 0; i--) {
      const x = a.mentions[i];
      if (x.start < m.start && x.actor?.kind === 'person') return x.actor;
    }
  }
  return null;
}

export const quotesStage: Stage = {
  name: 'quotes',
  run(a: Annotated) {
    const text = a.doc.text;
    QUOTE_RE.lastIndex = 0;
    for (let m = QUOTE_RE.exec(text); m; m = QUOTE_RE.exec(text)) {
      const inner = m[1];
      if (inner.split(/\s+/).length < 4) continue; // scare quotes: “independent”
      const start = m.index + 1;
      const end = start + inner.length;
      const sentence = a.sentences.find((s) => s.start <= m!.index && m!.index < s.end)?.index ?? -1;
      const speaker = speakerNear(a, m.index, m.index + m[0].length);
      // linked to a contact when the quote is said in it ("during the call", "on the call", "told him")
      const sText = a.sentences[sentence]?.text ?? '';
      const frame = /\b(?:during|in|on) (?:the|their|that|this) (?:call|conversation|meeting|talks)\b|\btold (?:him|her|his|the)\b/i.test(sText)
        ? a.frames.findIndex((f) => f.sentence <= sentence && sentence - f.sentence <= 6 && f.status === 'occurred')
        : a.frames.findIndex((f) => f.sentence === sentence);
      a.quotes.push({ start, end, text: inner, sentence, speaker, frame: frame >= 0 ? frame : null });
    }
  },
};
