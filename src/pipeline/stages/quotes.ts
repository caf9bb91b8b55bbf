// Direct quotations and their speakers: "X said, '…'", "'…,' the French President said", "X told reporters: …".
import type { ActorRef } from '../../actors/types.js';
import type { ActorMention, Annotated, Stage } from '../types.js';

const SPEECH =
  '(?:said|says|added|told|wrote|tweeted|posted|stated|noted|declared|insisted|warned|stressed|explained|replied|asked|recalled|continued|remarked|according to)';
const IN_CONTACT =
  /\b(?:in|during|on) (?:the|their|that|this|a) (?:[\w-]+ )?(?:call|conversation|meeting|talks|exchange)\b|\b(?:told|said to|asked|replied to) (?:him|her|his (?:\w+ )?counterpart)\b|\btranscript\b|\brecording\b/i;
// double quotes (straight or curly), curly single quotes, and straight single quotes that open after a
// space and close before one (so that apostrophes in "don't" or "Kyiv's" never end a quotation)
const QUOTE_RE =
  /[“"]([^”"]{12,2000})[”"]|‘([^’]{12,2000}?)’(?!\w)|(?<![\w'])'(?=\w)([^'\n]{12,2000}?(?:\w'\w[^'\n]*?)*?[.,!?])'(?!\w)/g;
const SPEECH_AFTER = new RegExp(`^[\\s,.!?]*(?:(${SPEECH})\\s+|([^.“"‘]{1,80}?)\\s+${SPEECH}\\b)`, 'i');
const SPEECH_BEFORE = new RegExp(`${SPEECH}\\b[^.“"]{0,60}[,:]?\\s*$`, 'i');

function speakerNear(a: Annotated, qStart: number, qEnd: number): ActorRef | null {
  const text = a.doc.text;
  const persons = (m: ActorMention) => m.actor !== null || (m.kind === 'pronoun' && !m.plural);
  // after the quote: ,” said X / ,” X said / ,” the French President told … (the speaker is the subject, not the addressee)
  const after = text.slice(qEnd, qEnd + 120);
  const am = SPEECH_AFTER.exec(after);
  // a cue that ends in a colon introduces the next quotation, not this one
  const introducesNext = am && /^[^“"‘'.!?]*[:]\s*[“"‘']/.test(after.slice(am[0].length - 1));
  if (am && !/\n/.test(am[0]) && !introducesNext) {
    const verbFirst = !!am[1];
    const from = verbFirst ? qEnd + am[0].length : qEnd;
    const to = verbFirst ? from + 80 : qEnd + am[0].length - 1;
    const m = a.mentions.find((x) => x.start >= from && x.start < to && persons(x));
    if (m) return resolveSpeaker(a, m);
    if (!verbFirst) return null; // a speaker we cannot name ("an adviser told the president")
  }
  // before the quote: X said: “…” / X told reporters, “…” / According to X, “…”
  const before = text.slice(Math.max(0, qStart - 160), qStart);
  const bm = SPEECH_BEFORE.exec(before);
  if (bm) {
    const cueAt = qStart - before.length + bm.index;
    const sentStart = a.sentences.find((s) => s.start <= cueAt && cueAt < s.end)?.start ?? qStart - 200;
    const cands = a.mentions.filter(
      (x) => x.end <= cueAt + 40 && x.start >= sentStart && persons(x) && !(x.start > cueAt && x.kind === 'pronoun'),
    );
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
      const inner = m[1] ?? m[2] ?? m[3];
      if (inner.split(/\s+/).length < 4) continue; // scare quotes: “independent”
      const start = m.index + 1;
      const end = start + inner.length;
      const sentence = a.sentences.find((s) => s.start <= m!.index && m!.index < s.end)?.index ?? -1;
      const speaker = speakerNear(a, m.index, m.index + m[0].length);
      // linked to a contact when the text says it was said in it ("In the call, …", "during the meeting", "told him")
      const sent = a.sentences[sentence];
      const before = [a.sentences[sentence - 2], a.sentences[sentence - 1]].filter(
        (x) => x && x.paragraph === sent?.paragraph,
      );
      const context = `${before.map((x) => x.text).join(' ')} ${sent?.text ?? ''}`;
      let frame = -1;
      if (speaker && IN_CONTACT.test(context)) {
        for (let i = a.frames.length - 1; i >= 0; i--) {
          const f = a.frames[i];
          if (f.status !== 'occurred' || f.sentence > sentence) continue;
          if (f.participants.some((p) => (p.wikidata && p.wikidata === speaker.wikidata) || p.name === speaker.name)) {
            frame = i;
            break;
          }
        }
      }
      a.quotes.push({ start, end, text: inner, sentence, speaker, frame: frame >= 0 ? frame : null });
    }
  },
};
