// Source attribution: who a report relies on ("according to the Kremlin", "the French presidency said in a statement").
import type { Annotated, Stage } from '../types.js';

// "the French presidency said in a statement": a source noun, up to three words before, and a verb of saying
const NOUN_SAID =
  /((?:[Tt]he\s+|[Aa]n?\s+|[Hh]is\s+|[Hh]er\s+)?(?:[\w'’-]+\s){0,3}?(?:Kremlin|Élysée|Elysee|presidency|Presidency|White House|ministry|Ministry|Downing Street|office|Office|readout|spokesman|spokeswoman|spokesperson|aide|adviser|advisor|officials?))\s+(?:said|says|reported|announced|stated|added)(?:\s+in\s+a\s+(?:statement|readout|post|tweet|release))?/g;

const PATTERNS: RegExp[] = [
  /\baccording to\s+((?:the\s+)?[A-Z@][^,.;]{1,60}|a (?:readout|statement|video|transcript)[^,.;]{0,60})/g,
  /\b(?:reported|said)\s+((?:the\s+)?(?:[A-Z][\w.&'’-]*\s?){1,5}(?:news agency)?)(?=[,.])/g,
  NOUN_SAID,
  /((?:the\s+)?(?:[A-Z][\w'’.-]*\s+){1,5})(?:reported|news agency reported)\b/g,
  /\b(a video (?:shared|posted|published) on (?:Twitter|X|Telegram|Facebook|Instagram|YouTube))/g,
  /\b(?:on|in a post on|wrote on)\s+(Twitter|X|Telegram|Facebook|Instagram)\b/g,
  /(@[A-Za-z0-9_]{2,30})/g,
];

const NOUN_HINT =
  /Kremlin|Élysée|Elysee|[Pp]residency|White House|[Mm]inistry|Downing Street|[Oo]ffice|readout|spokes|aide|advis|official/;

const HINT = /according|reported|said|says|announced|stated|added|video|Twitter|Telegram|Facebook|Instagram|@/;

export const sourcesStage: Stage = {
  name: 'sources',
  run(a: Annotated) {
    const wanted = new Set(a.frames.map((f) => f.sentence));
    for (const s of a.sentences) {
      if (!wanted.has(s.index) || !HINT.test(s.text)) continue;
      for (const re of PATTERNS) {
        // the "X said" pattern backtracks over every word: only where one of its nouns occurs at all
        if (re === NOUN_SAID && !NOUN_HINT.test(s.text)) continue;
        re.lastIndex = 0;
        for (let m = re.exec(s.text); m; m = re.exec(s.text)) {
          const src = m[1].trim().replace(/\s+/g, ' ');
          a.sources.push({
            sentence: s.index,
            start: s.start + m.index,
            end: s.start + m.index + m[0].length,
            text: m[0],
            source: src,
          });
        }
      }
    }
    for (const f of a.frames) {
      const found = a.sources.find((x) => x.sentence === f.sentence);
      if (found) f.attributedTo = /^@/.test(found.source) ? `Twitter: ${found.source}` : found.source;
    }
  },
};
