// Contact triggers: the words that report a contact, with the mode they imply.
import type { ContactMode } from '../../records/types.js';
import type { Annotated, Stage, Trigger, TriggerKind } from '../types.js';

interface Pattern {
  re: RegExp;
  kind: TriggerKind;
  mode: ContactMode;
  pos: 'verb' | 'noun';
}

// Order matters: longer, more specific patterns first; later matches overlapping an earlier one are dropped.
const PATTERNS: Pattern[] = [
  {
    re: /\b(?:secure\s+)?video[- ]?(?:call|conference|link|summit|meeting|chat)s?\b/gi,
    kind: 'video',
    mode: 'video',
    pos: 'noun',
  },
  { re: /\bvideoconferences?\b/gi, kind: 'video', mode: 'video', pos: 'noun' },
  { re: /\bvirtual\s+(?:meeting|summit|talks|call|conversation)s?\b/gi, kind: 'video', mode: 'video', pos: 'noun' },
  { re: /\bmet\s+virtually\b/gi, kind: 'video', mode: 'video', pos: 'verb' },
  {
    re: /\b(?:(?:secure\s+)?(?:conference|phone|telephone)\s+(?:call|conversation|talks?|discussion)s?|telephonic\s+(?:conversation|talks?)|phone\s+talks?)\b/gi,
    kind: 'phone',
    mode: 'phone',
    pos: 'noun',
  },
  {
    re: /\b(?:was|were|had been)\s+(?:(?:later|also|then|warmly|first)\s+)?(?:received|hosted|welcomed)\s+by\b/gi,
    kind: 'meeting',
    mode: 'in_person',
    pos: 'verb',
  },
  {
    re: /\b(?:phoned|telephoned|rang|dialled|dialed|phones|telephones)\b/gi,
    kind: 'phone',
    mode: 'phone',
    pos: 'verb',
  },
  {
    re: /(?<!so-)\b(?:called|calls|call)(?:\s+up)?(?=\s+(?:[A-Z]|his\b|her\b|their\b|him\b))(?!\s+(?:For|On)\b)/g,
    kind: 'phone',
    mode: 'phone',
    pos: 'verb',
  },
  {
    re: /\b(?:held|hold|holds|holding|had|have|has|made|make|places?|placed)\s+(?:a\s+|an\s+|the\s+|their\s+|two\s+|three\s+|four\s+|five\s+|several\s+|separate\s+|secure\s+|lengthy\s+|brief\s+|\d+-minute\s+|hour-long\s+|\w+\s+)?(?:separate\s+|secure\s+|phone\s+|telephone\s+|private\s+)?calls?\b/gi,
    kind: 'phone',
    mode: 'phone',
    pos: 'noun',
  },
  {
    re: /\b(?:spoke|speaks|speak|speaking|spoken|talked|talks?|talking)\s+(?:\w+\s+)?(?:by|over the|on the|on)\s+(?:phone|telephone)\b/gi,
    kind: 'phone',
    mode: 'phone',
    pos: 'verb',
  },
  {
    re: /\b(?:spoke|speaks|speak|speaking|spoken|talked|talking|conferred)\b/gi,
    kind: 'talk',
    mode: 'unspecified',
    pos: 'verb',
  },
  {
    re: /\b(?:held|hold|holds|holding|had)\s+(?:\w+\s+){0,2}(?:talks|discussions|consultations|negotiations|a conversation|conversations)\b/gi,
    kind: 'talk',
    mode: 'unspecified',
    pos: 'noun',
  },
  { re: /\b(?:conversations?|calls?|talks|tête-à-tête)\b/gi, kind: 'talk', mode: 'unspecified', pos: 'noun' },
  {
    re: /\b(?:held|hold|holds|holding) (?:a |an |their )?(?:\w+ )?summit\b|\bsummit (?:with|between)\b/gi,
    kind: 'summit',
    mode: 'in_person',
    pos: 'noun',
  },
  { re: /\b(?:met|meets|meet|meeting)\b/gi, kind: 'meeting', mode: 'in_person', pos: 'verb' },
  { re: /\bmeetings?\b/gi, kind: 'meeting', mode: 'in_person', pos: 'noun' },
  { re: /\b(?:sat down with|sit down with)\b/gi, kind: 'meeting', mode: 'in_person', pos: 'verb' },
  { re: /\b(?:hosted|hosts|host|hosting)\b/gi, kind: 'host', mode: 'in_person', pos: 'verb' },
  {
    re: /\b(?:welcomed|welcomes|received|receives)(?=\s+(?:[A-Z]|his\b|her\b|the\s+[A-Z]|the\s+(?:visiting|prime|president|king|chancellor|foreign)))/g,
    kind: 'host',
    mode: 'in_person',
    pos: 'verb',
  },
  { re: /\b(?:visited|visits|visiting|visit)\b/gi, kind: 'visit', mode: 'in_person', pos: 'verb' },
  { re: /\b(?:was|were)\s+joined\s+by\b/gi, kind: 'meeting', mode: 'unspecified', pos: 'verb' },
  { re: /\bconvened\b/gi, kind: 'convene', mode: 'unspecified', pos: 'verb' },
  {
    re: /\b(?:wrote to|sent (?:a |an )?(?:letter|message) to|letters? (?:to|from)|exchanged letters)\b/gi,
    kind: 'written',
    mode: 'written',
    pos: 'verb',
  },
];

const NOUN_CALL_BLOCK =
  /^\s+(?:to action|for\b|on\s+(?!(?:mon|tues|wednes|thurs|fri|satur|sun)day\b|\d|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)\w*\b|the\s+\d))/i;

// every pattern above contains one of these stems: a sentence without any cannot report a contact
const STEMS =
  /call|phon|telephon|rang|dial|spok|speak|talk|confer|conversation|video|virtual|summit|met|meet|host|welcom|receiv|visit|joined|convened|wrote|letter|message|tête/i;

export function findTriggers(text: string, base: number, sentence: number): Trigger[] {
  const found: Trigger[] = [];
  if (!STEMS.test(text)) return found;
  for (const p of PATTERNS) {
    p.re.lastIndex = 0;
    for (let m = p.re.exec(text); m; m = p.re.exec(text)) {
      const s = m.index;
      const e = s + m[0].length;
      if (found.some((t) => s < t.end - base && t.start - base < e)) continue;
      const after = text.slice(e, e + 48);
      const before = text.slice(Math.max(0, s - 30), s);
      const word = m[0].toLowerCase();
      if (p.pos === 'noun' && /calls?$/.test(word) && NOUN_CALL_BLOCK.test(after)) continue;
      if (
        p.pos === 'noun' &&
        /^calls?$/.test(word) &&
        !/(?:\b(?:a|the|this|that|their|his|her|its|our|today's|yesterday's|latest|last|first|second|recent|separate|private|lengthy|brief|another|hour-long|\d+-minute|further|new|another|next|fresh|any|no|planned|phone|telephone)\s+|['’]s\s+)$/i.test(
          before,
        )
      )
        continue;
      if (
        p.kind === 'phone' &&
        p.pos === 'verb' &&
        /^call/i.test(word) &&
        /^\s+(?:[A-Z][\w'’.-]*\s+){1,4}(?:(?:a|an|the|his|her|its|their)\s|["“‘])/.test(after)
      )
        continue;
      if (
        /^talks$/.test(word) &&
        !/^\s+(?:between|with)\b/i.test(after) &&
        /\b(?:peace|trade|nuclear|ceasefire|security)\s+$/i.test(before) === false &&
        !/(?:\b(?:the|their|in|of|for|at|during|after|before|his|her)\s+)$/i.test(before)
      )
        continue;
      if (
        /^(?:visit|meet|meeting)$/.test(word) &&
        /^\s+(?:[\w-]+\s+){0,2}?(?:needs|demands|deadlines?|goals?|targets?|obligations|requirements|expectations|commitments|criteria|standards|challenges)\b/i.test(
          after,
        )
      )
        continue;
      if (
        p.kind === 'phone' &&
        p.pos === 'verb' &&
        /^calls?\b/.test(word) &&
        /(?:\b(?:a|the|this|that|their|his|her|phone|telephone|video|conference)|['’]s)\s+$/i.test(before)
      )
        continue;
      if (/^host/.test(word) && /^\s+(?:of|to)\b/i.test(after)) continue;
      // "the visiting Australian Prime Minister": an attribute of the guest, not a contact of its own
      if (word === 'visiting' && /\b(?:the|a|an|his|her|their|its)\s+$/i.test(before)) continue;
      // "her June 2021 visit", "a visit", "Macron's visit": the verb pattern stands as a noun
      let pos = p.pos;
      if (
        pos === 'verb' &&
        /^(?:visit|visits|meeting|host)$/i.test(word) &&
        /(?:\b(?:a|an|the|his|her|their|its|our|this|that|first|last|recent|official|state|planned|upcoming|brief|surprise|\d{4})|['’]s)\s+(?:[\w-]+\s+){0,2}$/i.test(
          before,
        )
      )
        pos = 'noun';
      const distributive = /\b(?:separate(?:ly)?|individual(?:ly)?|each)\b/i.test(
        text.slice(Math.max(0, s - 40), e + 20),
      );
      found.push({
        sentence,
        start: base + s,
        end: base + e,
        text: m[0],
        kind: p.kind,
        mode: p.mode,
        distributive,
        pos,
      });
    }
  }
  // "Johnson and Macron discussed grain by phone": with no contact verb, the mode phrase is the trigger
  if (!found.length) {
    const m =
      /\b(?:discuss(?:ed|es)?|agreed|exchanged views|reviewed)\b[^.;]{0,120}?\b((?:by|over the|on the)\s+(?:phone|telephone)|by video(?:\s+link)?|in a (?:phone|video|telephone) (?:call|conversation))\b/i.exec(
        text,
      );
    if (m) {
      const s = m.index + m[0].length - m[1].length;
      found.push({
        sentence,
        start: base + s,
        end: base + s + m[1].length,
        text: m[1],
        kind: /video/i.test(m[1]) ? 'video' : 'phone',
        mode: /video/i.test(m[1]) ? 'video' : 'phone',
        distributive: false,
        pos: 'verb',
      });
    }
  }
  found.sort((a, b) => a.start - b.start);
  // "hosted a video conference", "had a phone call", "held talks": a verb and its noun are one trigger
  const out: Trigger[] = [];
  for (const t of found) {
    const prev = out[out.length - 1];
    if (
      prev &&
      prev.pos === 'verb' &&
      t.pos === 'noun' &&
      /^\s+(?:(?:a|an|the|their|his|her|two|three|several|separate|secure|lengthy|brief|private|\d+-minute|hour-long)\s+){0,3}$/i.test(
        text.slice(prev.end - base, t.start - base),
      )
    ) {
      out[out.length - 1] = {
        ...prev,
        end: t.end,
        text: text.slice(prev.start - base, t.end - base),
        kind: t.kind,
        mode: t.mode !== 'unspecified' ? t.mode : prev.mode,
        distributive: prev.distributive || t.distributive,
      };
      continue;
    }
    out.push(t);
  }
  return out;
}

export const triggersStage: Stage = {
  name: 'triggers',
  run(a: Annotated) {
    for (const s of a.sentences) a.triggers.push(...findTriggers(s.text, s.start, s.index));
  },
};
