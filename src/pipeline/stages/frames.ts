// Frames: turn each contact trigger into a candidate contact: who took part, whether it happened,
// when, how, at whose initiative. One trigger may yield several frames (a date list, "separate calls");
// a participant list ("Participants in the call included …") completes an earlier frame.

import { postRef } from '../../actors/base.js';
import { actorKey, uniq } from '../../actors/refs.js';
import type { ActorRef } from '../../actors/types.js';
import { isOfficialSource } from '../../ingest/publisher.js';
import type { ContactMode, EventStatus } from '../../records/types.js';
import { NUMBERS } from '../../time/resolve.js';
import type { ActorMention, Annotated, Frame, PipelineContext, Sentence, Stage, Timex, Trigger } from '../types.js';

const BOUNDARY =
  /;\s|:\s|\(|\)|,\s+then\b|,\s+(?:[\w'’.-]+\s+){1,5}(?:said|says|added|wrote|reported|announced)\b|,\s+according to\b|,\s+(?:including|especially|notably|particularly)\b|,?\s+(?:to (?:discuss|review|reaffirm|prepare|highlight|express|consult|coordinate|address|underscore|update|follow|thank|congratulate|offer|convey|share|exchange|deliver|seek|press|push|urge|strengthen|advance|continue|mark|sign|launch)|about|regarding|concerning|amid|after|following|ahead of|during|where|which|who|as(?! well as)|because|since|but|while|although|whereas|when|for (?:an?|the) (?:update|discussion)|and (?:discussed|agreed|reaffirmed|underscored|expressed|said|stressed|reviewed|emphasized|emphasised|thanked|condemned|welcomed|noted|highlighted|pledged|vowed|called|told|asked|urged|informed|briefed|announced))\b|,\s+(?:which|who|where|when)\b(?!\s+(?:also\s+)?(?:included|involved|brought together|gathered))|\bthat\s(?!(?:also\s+)?(?:included|involved|brought together|gathered))/g;
const LIST_COLON = /\b(?:with|to|included|include|were|are|was|:)\s*:?\s*$/i;
const ATTACH_RE =
  /\b(?:participants|those taking part|leaders taking part|other participants|others)\s+(?:in|on)\s+(?:the|today's|this|that)\s+(?:[\w-]+\s+){0,2}(?:call|meeting|conversation|conference|talks|summit)\s+(?:also\s+)?(?:included|were|was|are)\b|\bjoining\b.{0,80}?\b(?:on|in|for)\s+the\s+(?:[\w-]+\s+){0,2}(?:call|meeting|conversation|talks)\s+(?:were|was|are)\b|\bthe\s+(?:[\w-]+\s+){0,2}(?:call|meeting|conversation|talks)(?:\s+(?:on|of)\s+[\w.]+(?:\s+\d{1,2})?)?\s+(?:also\s+)?(?:included|involved|was also joined by)\b|\b(?:also|later)\s+(?:joined|took part in|participated in)\s+the\s+(?:[\w-]+\s+){0,2}(?:call|meeting|conversation|talks)\b/i;
// a sentence of attendance ("X and Y were also present", "… also attended"): more participants of the meeting
// reported just before it
const PRESENT_RE =
  /\b(?:were|was)\s+also\s+(?:present|in attendance)\b|\balso\s+attended\s+(?:the|that)\s+(?:meeting|talks)\b|\b(?:were|was)\s+(?:present|in attendance)\s+as\s+well\b|^\s*also\s+(?:present|in attendance)\s+(?:were|was)\b/i;
const LOCATIVE =
  /\b(?:in|at|from|to|into|near|across|outside|inside|toward|towards|on)\s+(?:the\s+)?(?:[A-Z][\w.'’-]*,?\s+){0,3}$/;
const VAGUE =
  /\b(?:recent|previous|earlier|past|respective|prior|regular|frequent|several|many|numerous|multiple|ongoing|future|further|such|any|all)\s+(?:[\w-]+\s+)?$/i;

const DENIED =
  /\b(?:not|never|no|unable to|failed to|refused to|declined to|denied|denies|deny|denying|without|nor)\b(?:\s+[\w’']+){0,6}\s*$/i;
const CANCELLED = /\b(?:cancell?ed|called off|postponed|scrapped)\b/i;
const REQUESTED =
  /\b(?:urged|urging|asked|asking|called on|calling on|request(?:ed|ing)?|demanded|appealed|pressed|pressing|pushed|encouraged|encouraging|begged|implored)\b/i;
const PROPOSED =
  /\b(?:invit(?:ed|ation|ing)|propos(?:ed|al|ing)|offer(?:ed|ing)?|suggest(?:ed|ing)?|important (?:that|for|to)|should|must|needs? to|ready to|willing to|open to|wants? to|would like to|hopes? to|hoping to|rule out|pledged to|vowed to|promised to|sought|seeking|push(?:ed|ing)? for|calls? for|called for|readiness to)\b/i;
const CUE_RE = new RegExp(`(?:${REQUESTED.source}|${PROPOSED.source})`, 'gi');
const HYPOTHETICAL = /\b(?:if|could|would|can|might|may|unless|whether)\b/i;
const PLANNED =
  /\b(?:will|shall|'ll|is to|are to|set to|plans? to|planning to|planned|scheduled|expected to|due to|intends? to|agreed to|agree to|look(?:s|ing)? forward to|upcoming|next|to prepare for|preparing for|ahead of|in preparation for)\b/i;
const PLANNED_AFTER = /^\s*(?:is|are|was|were|will be)?\s*(?:planned|scheduled|expected|slated|to be held|set for)\b/i;
const INITIATIVE =
  /\bat (?:the )?(?:request|initiative|invitation|behest) of\s+|\bat\s+(?=[^,.]{0,60}['’]s (?:request|initiative|invitation|behest))|\breceived a (?:phone |telephone )?call from\s+|\binitiated by\s+/gi;
// number words of durations: those of time expressions, and "half an hour"
const NUMBER_WORDS: Record<string, number> = { ...NUMBERS, half: 0.5, 'half an': 0.5 };

/** An official readout: its undated contacts happened on the day it was published. */
export function isReadout(a: Annotated): boolean {
  return (
    /\b(?:readout|read-out|statement|press release|communiqu|transcript)\b/i.test(a.doc.title ?? '') ||
    isOfficialSource(a.doc.url, a.doc.source)
  );
}

interface Segment {
  start: number;
  end: number;
}

/** Splits a sentence into clause-like segments; a trigger's participants come from its own segment. */
function segments(s: Sentence): Segment[] {
  const cuts: number[] = [];
  let inList = false;
  BOUNDARY.lastIndex = 0;
  for (let m = BOUNDARY.exec(s.text); m; m = BOUNDARY.exec(s.text)) {
    // "spoke individually with: A; B; C" — a list after a colon stays in one segment
    if (m[0].startsWith(':') && LIST_COLON.test(s.text.slice(0, m.index))) {
      inList = true;
      continue;
    }
    if (inList && m[0].startsWith(';')) continue;
    cuts.push(m.index);
  }
  const out: Segment[] = [];
  let prev = 0;
  for (const c of cuts) {
    if (c > prev) out.push({ start: s.start + prev, end: s.start + c });
    prev = c;
  }
  out.push({ start: s.start + prev, end: s.end });
  return out;
}

function possessiveAt(text: string, m: ActorMention): boolean {
  return /^['’]s?\b/.test(text.slice(m.end, m.end + 2)) || /s['’]$/.test(m.text);
}

// a guest who is there: "on a state visit", "who is in Russia", "on a visit to Kyiv"
const VISIT_CONTEXT = /\b(?:state|official|working) visit\b|\bwho is (?:in|visiting)\b|\bon a visit to\b/i;

function modeFromContext(text: string, fallback: ContactMode): ContactMode {
  if (/\b(?:video|virtual(?:ly)?|videoconference|online summit)\b/i.test(text)) return 'video';
  if (/\b(?:by|over the|on the)\s+(?:phone|telephone)\b|\b(?:phone|telephone|telephonic)\b/i.test(text)) return 'phone';
  if (/\b(?:in person|face-to-face|face to face)\b/i.test(text)) return 'in_person';
  if (VISIT_CONTEXT.test(text)) return 'in_person';
  if (/\b(?:letter|message)\b/i.test(text) && fallback === 'unspecified') return 'written';
  return fallback;
}

function titleMode(title: string | null): ContactMode | null {
  if (!title) return null;
  if (/\b(?:video|virtual)\b/i.test(title)) return 'video';
  if (/\bcalls?\b/i.test(title)) return 'phone';
  if (/\b(?:meeting|visit|summit)\b/i.test(title)) return 'in_person';
  return null;
}

/** Status rules, strongest first: each looks at the words before the trigger (pre/near) or after it (post). */
// "did not rule out visiting", "does not exclude a meeting": an openness, not a denial
const NOT_RULED_OUT =
  /\b(?:not|never)\s+(?:(?:yet\s+)?rul(?:e|ed|ing)\s+out|exclud(?:e|ed|ing))\b(?:\s+[\w’']+){0,4}\s*$/i;

const STATUS_RULES: Array<{
  status: EventStatus;
  test: (w: { pre: string; near: string; post: string }) => RegExpExecArray | null;
}> = [
  { status: 'proposed', test: (w) => NOT_RULED_OUT.exec(w.near) },
  { status: 'denied', test: (w) => DENIED.exec(w.near) },
  {
    status: 'denied',
    test: (w) => /^\s+(?:did not|didn't|never|was not|wasn't)\s+(?:take place|happen|go ahead)/i.exec(w.post),
  },
  { status: 'cancelled', test: (w) => CANCELLED.exec(`${w.near} ${w.post}`) },
  { status: 'requested', test: (w) => REQUESTED.exec(w.pre) },
  { status: 'proposed', test: (w) => PROPOSED.exec(w.pre) },
  { status: 'hypothetical', test: (w) => HYPOTHETICAL.exec(w.near) },
  { status: 'planned', test: (w) => PLANNED.exec(w.pre) },
  { status: 'planned', test: (w) => PLANNED_AFTER.exec(w.post) },
];

function statusOf(
  text: string,
  from: number,
  t: Trigger,
  timex: Timex | undefined,
  published: string | null,
): { status: EventStatus; cue: string | null } {
  const words = {
    pre: text.slice(Math.max(from, t.start - 90), t.start),
    near: text.slice(Math.max(from, t.start - 60), t.start),
    post: text.slice(t.end, Math.min(text.length, t.end + 60)),
  };
  for (const rule of STATUS_RULES) {
    const m = rule.test(words);
    if (m) return { status: rule.status, cue: m[0].trim() };
  }
  if (timex && published && timex.from > published)
    return { status: 'planned', cue: `date ${timex.from} after publication ${published}` };
  return { status: 'occurred', cue: null };
}

function durationOf(s: string): number | null {
  const m =
    /\b(\d+|an?|one|two|three|four|five|half an)[- ](minute|hour)s?(?:[- ]long)?\b/i.exec(s) ??
    /\blasted (?:about |nearly |almost |more than |over |some )?(\d+|an?|one|two|three|four|five|half an) (minute|hour)s?\b/i.exec(
      s,
    );
  if (m) {
    const n = NUMBER_WORDS[m[1].toLowerCase()] ?? Number(m[1]);
    return Math.round(m[2].toLowerCase() === 'hour' ? n * 60 : n);
  }
  if (/\bhour-long\b/i.test(s)) return 60;
  return null;
}

function topicsOf(s: string): string[] {
  const out: string[] = [];
  const re =
    /\b(?:to discuss|discussed|discussing|talked about|focused on|focusing on|about|regarding|on the subject of)\s+(?:the\s+)?([^,.;:]+)/gi;
  for (let m = re.exec(s); m; m = re.exec(s)) {
    const words = m[1]
      .split(/\s+/)
      .slice(0, 8)
      .join(' ')
      .replace(/\s+(?:and|as well as|with|in|to|that|which)$/i, '');
    if (words.split(' ').length >= 1 && !/^(?:how|what|ways|their|it|this)$/i.test(words)) out.push(words.trim());
  }
  return [...new Set(out)].slice(0, 4);
}

export function framesStage(): Stage {
  return {
    name: 'frames',
    run(a: Annotated, ctx: PipelineContext) {
      const kb = ctx.actors;
      const text = a.doc.text;
      const pub = a.doc.publishedDate;
      const readout = isReadout(a);
      const tMode = readout ? titleMode(a.doc.title) : null;
      const bySentence = new Map<number, Trigger[]>();
      for (const t of a.triggers) bySentence.set(t.sentence, [...(bySentence.get(t.sentence) ?? []), t]);
      const mentionsIn = (s: number, e: number) => a.mentions.filter((m) => m.start >= s && m.end <= e);
      const lastPersons = (before: number): ActorRef[] => {
        const out: ActorRef[] = [];
        for (let i = a.mentions.length - 1; i >= 0; i--) {
          const m = a.mentions[i];
          if (m.start >= before || !m.actor || m.actor.kind !== 'person') continue;
          if (!out.some((o) => actorKey(o) === actorKey(m.actor!))) out.push(m.actor);
        }
        return out;
      };
      const lastFrame = () => [...a.frames].reverse().find((f) => f.participants.length >= 2);

      const resolve = (m: ActorMention, exclude: ActorRef[]): ActorRef[] => {
        if (m.actor) return [m.actor];
        if (m.kind === 'pronoun' && !m.plural) {
          const notExcluded = (r: ActorRef) => !exclude.some((x) => actorKey(x) === actorKey(r));
          if (m.reason === 'pronoun') {
            // "he"/"she": the subject of this sentence if named before it, else of the last sentence naming someone
            const same = a.mentions.find(
              (x) =>
                x.sentence === m.sentence && x.start < m.start && x.actor?.kind === 'person' && notExcluded(x.actor),
            );
            if (same?.actor) return [same.actor];
            for (let si = m.sentence - 1; si >= 0; si--) {
              const first = a.mentions.find(
                (x) => x.sentence === si && x.actor?.kind === 'person' && notExcluded(x.actor),
              );
              if (first?.actor) return [first.actor];
            }
          }
          const p = lastPersons(m.start).find(notExcluded);
          return p ? [p] : [];
        }
        if ((m.kind === 'pronoun' && m.plural) || (m.kind === 'group' && m.reason === 'back-reference')) {
          const f = lastFrame();
          if (f) return f.participants;
          return lastPersons(m.start).slice(0, 2);
        }
        if (m.kind === 'role' && m.role?.startsWith('counterpart')) {
          // "his Ukrainian counterpart": the person of that country holding the other side's office
          const other = exclude.find((r) => r.kind === 'person' && r.personId);
          const country = m.role.split(':')[1];
          if (other && country) {
            const p = kb.personByQid(other.personId!);
            const c = p ? kb.counterpart(p, country, pub) : kb.leaderOf(country, pub);
            if (c) return [kb.personRef(c, pub)];
            // the post, where the base cannot name who held it ("Foreign Minister of the Comoros")
            const post = p && kb.counterpartPost(p, country, pub);
            if (post) return [postRef(post, country)];
          }
        }
        return [];
      };

      // a sentence that only lists more people of a contact reported before it: they join that contact, the
      // sentence its evidence (false when it names no one to add)
      const complete = (target: Frame, s: Sentence, keep: (m: ActorMention) => boolean): boolean => {
        const refs = mentionsIn(s.start, s.end)
          .filter((m) => m.kind !== 'pronoun' && m.kind !== 'group' && keep(m))
          .flatMap((m) => resolve(m, []));
        if (!refs.length) return false;
        target.participants = uniq([...target.participants, ...refs]);
        target.evidence = [...(target.evidence ?? []), [s.start, s.end, s.index]];
        return true;
      };

      for (const s of a.sentences) {
        const trig = bySentence.get(s.index);
        // attendance completes the meeting in person of the sentence just before it, and only that one (a call
        // or a meeting further back is not where those people were); a sentence with a contact of its own ("also
        // attended the summit") is read as its own
        if (!trig && PRESENT_RE.test(s.text)) {
          // (a day of its own that is not the meeting's says it is another occasion)
          const day = a.timexes.find((x) => x.sentence === s.index && x.precision === 'day');
          const target = [...a.frames]
            .reverse()
            .find(
              (f) =>
                f.sentence === s.index - 1 &&
                (f.mode === 'in_person' || f.mode === 'unspecified') &&
                (!day || day.from === f.date.from),
            );
          if (target && complete(target, s, (m) => m.actor?.kind === 'person')) continue;
        }
        if (!trig) continue;
        const times = a.timexes.filter((x) => x.sentence === s.index);
        // a participant list completes the contact reported just before
        if (ATTACH_RE.test(s.text)) {
          // the contact of the day the list names ("the call on Saturday also included …"), else the last one
          const day = times.find((x) => x.precision === 'day');
          const target =
            (day && [...a.frames].reverse().find((f) => f.sentence < s.index && f.date.from === day.from)) ||
            [...a.frames].reverse().find((f) => f.sentence < s.index);
          if (target) {
            complete(target, s, (m) => !LOCATIVE.test(text.slice(Math.max(s.start, m.start - 40), m.start)));
            continue;
          }
        }
        const segs = segments(s);
        let prevSubject: ActorRef[] = [];
        for (const t of trig) {
          const seg = segs.find((g) => g.start <= t.start && t.start < g.end) ?? { start: s.start, end: s.end };
          const segText = text.slice(seg.start, seg.end);
          // the part of the segment that belongs to this trigger (up to the next trigger in it)
          const nextT = trig.find((x) => x.start > t.start && x.start < seg.end);
          const prevT = [...trig].reverse().find((x) => x.start < t.start && x.start >= seg.start);
          // "…, and met B" / "and was received by C": a verb coordinated after "and" shares the earlier
          // subject; the words between the two triggers are the earlier trigger's object, not a subject
          const coordinatedAfter = (from: number, to: number) =>
            /(?:^|[\s,])(?:and|then|before|after|later|but)\s+(?:(?:also|later|then|was|were|had)\s+)*$/i.test(
              text.slice(from, to),
            );
          const coordinated = coordinatedAfter(prevT ? prevT.end : seg.start, t.start);
          // "A met B, and C met D": a new clause with its own subject starts at ", and"
          const clauseBreak = (from: number, to: number): { start: number; end: number } | null => {
            if (coordinatedAfter(from, to)) return null;
            const between = text.slice(from, to);
            const m = /,\s+(?:and|while|whereas)\s+(?=\S)/gi;
            let last: RegExpExecArray | null = null;
            for (let x = m.exec(between); x; x = m.exec(between)) last = x;
            return last ? { start: from + last.index, end: from + last.index + last[0].length } : null;
          };
          const cutAfter = nextT ? clauseBreak(t.end, nextT.start) : null;
          const end =
            nextT && !/^[\s,]*(?:and|or)?[\s,]*$/.test(text.slice(t.end, nextT.start))
              ? (cutAfter?.start ?? nextT.start)
              : seg.end;
          const cutBefore = prevT && !coordinated ? clauseBreak(prevT.end, t.start) : null;
          const startSubj = coordinated ? t.start : prevT ? (cutBefore?.end ?? prevT.end) : seg.start;
          // "met X in Beijing for five hours of talks": the noun elaborates the verb before it
          if (
            prevT &&
            t.pos === 'noun' &&
            prevT.pos === 'verb' &&
            /\b(?:for|of|during|in)\s+(?:[\w-]+\s+){0,5}$/i.test(text.slice(prevT.end, t.start))
          )
            continue;
          const pre = text.slice(seg.start, t.start);
          const hasDate = times.some((x) => x.start >= seg.start && x.end <= seg.end);
          if (VAGUE.test(text.slice(Math.max(seg.start, t.start - 40), t.start)) && !hasDate) continue;
          const dayDate = times.some((x) => x.start >= seg.start && x.end <= seg.end && x.precision === 'day');
          if (
            t.pos === 'noun' &&
            /(?:calls|meetings|conversations|visits|engagements)$/i.test(t.text) &&
            !dayDate &&
            !t.distributive
          )
            continue;
          // "welcomed"/"received" report a contact only when a person is welcomed
          if (t.kind === 'host' && /^(?:welcom|receiv)/i.test(t.text)) {
            const nextM = a.mentions.find((m) => m.start >= t.end);
            if (!nextM || nextM.start - t.end > 30 || nextM.actor?.kind !== 'person') continue;
          }
          const subj: ActorRef[] = [];
          const obj: ActorRef[] = [];
          const objPos: number[] = [];
          const inScope = mentionsIn(startSubj, end);
          const subjHasPerson = inScope.some((m) => m.start < t.start && m.actor?.kind === 'person');
          const firstAfter = inScope.find((m) => m.start >= t.end);
          for (const m of inScope) {
            if (m.start >= t.start && m.end <= t.end) continue;
            const isSubj = m.start < t.start;
            const lead = text.slice(Math.max(s.start, m.start - 40), m.start);
            if (m.kind === 'state' || m.kind === 'organization') {
              // a state or organisation is a party only in a party's position
              const visitTo = t.kind === 'visit' && /\b(?:to|visit(?:ed|s|ing)?)\s+(?:the\s+)?$/.test(lead);
              if (LOCATIVE.test(lead) && !visitTo) continue;
              const direct =
                m === firstAfter &&
                /^\s*(?:\w+\s+){0,2}?(?:with|to|between|and|by)?\s*(?:the\s+)?$/.test(text.slice(t.end, m.start));
              const subject = isSubj && !subjHasPerson && m.reason !== 'demonym';
              if (
                !(
                  direct ||
                  subject ||
                  visitTo ||
                  /delegation|side|government/i.test(m.text + text.slice(m.end, m.end + 12))
                )
              )
                continue;
            }
            if (possessiveAt(text, m)) {
              // "Macron's call with Putin": the possessor is a party; "Ukraine's sovereignty" is not
              const between = text.slice(m.end, t.start);
              if (!(isSubj && /^['’]s?\s+(?:[\w-]+\s+){0,3}$/.test(between))) continue;
            }
            // after a noun ("… visit to Singapore, the leaders reviewed"), a back-reference starts the next clause
            if (
              t.pos === 'noun' &&
              !isSubj &&
              (m.kind === 'group' || m.kind === 'pronoun') &&
              !/\b(?:between|with|and)\s+$/i.test(lead)
            )
              continue;
            // an unnamed group ("European leaders") is named, if at all, by a participant list later
            if (m.kind === 'group' && m.reason === 'open group') continue;
            const refs = resolve(m, isSubj ? [] : subj);
            (isSubj ? subj : obj).push(...refs);
            if (!isSubj) for (const _ of refs) objPos.push(m.start);
          }
          // a trigger joined by "and" to an earlier one shares its subject ("spoke with A and met B")
          if (!subj.length && coordinated && prevT && prevSubject.length) subj.push(...prevSubject);
          // a relative clause: "Bennett, who met Putin in Moscow on Saturday, …" — the person it is about
          if (!subj.length && t.pos === 'verb' && /^\s*,?\s*who\s+(?:had\s+|has\s+|also\s+|earlier\s+)?$/i.test(pre)) {
            const antecedent = mentionsIn(s.start, seg.start)
              .filter((m) => m.actor?.kind === 'person')
              .pop();
            if (antecedent?.actor) subj.push(antecedent.actor);
          }
          if (
            !subj.length &&
            (coordinated ||
              /^\s*(?:[A-Z]\w*\s+)?$/.test(pre) ||
              /^\s*,?\s*(?:after|before|while|when|upon|since|following)\s+$/i.test(pre) ||
              // "X pledged to continue speaking to Y": an infinitive's subject is the sentence's
              /^\s*,?\s*to\s+(?:\w+\s+)?$/i.test(pre)) &&
            t.pos === 'verb' &&
            !/^(?:was|were)\s+joined/i.test(t.text)
          ) {
            // verb with no subject in its clause ("… and later spoke with X"): the sentence's first actor
            const first = mentionsIn(s.start, t.start).find((m) => m.actor?.kind === 'person');
            if (first?.actor) subj.push(first.actor);
          }
          const cueRe = CUE_RE;
          cueRe.lastIndex = 0;
          let cueEnd = -1;
          for (let cm = cueRe.exec(text.slice(s.start, t.start)); cm; cm = cueRe.exec(text.slice(s.start, t.start)))
            cueEnd = s.start + cm.index + cm[0].length;
          if (
            cueEnd > 0 &&
            /^(?:urg|ask|call|press|push|encourag|beg|implor|request|invit)/i.test(
              text
                .slice(cueEnd - 12, cueEnd)
                .trim()
                .split(/\s+/)
                .pop() ?? '',
            )
          ) {
            const after = inScope.filter((m) => m.start >= cueEnd && m.start < t.start).flatMap((m) => resolve(m, []));
            if (after.length) subj.splice(0, subj.length, ...after);
          }
          prevSubject = subj;
          const all = uniq([...subj, ...obj]);
          let localTimes = times.filter((x) => x.start >= seg.start && x.end <= seg.end);
          // "travelled to Kyiv on Wednesday, where they met Zelenskyy": the place's clause dates the meeting
          const prevSeg = segs[segs.indexOf(seg) - 1];
          if (!localTimes.length && prevSeg && /^,?\s*where\b/i.test(text.slice(seg.start, seg.end)))
            localTimes = times.filter((x) => x.start >= prevSeg.start && x.end <= prevSeg.end);
          // a relative clause dates its own verb only: "Bennett, who met Putin on Saturday, has since spoken with …"
          const relClauseRe = /(?:^|,)\s*who\b[^,]*,/g;
          for (
            let rm = relClauseRe.exec(text.slice(seg.start, seg.end));
            rm;
            rm = relClauseRe.exec(text.slice(seg.start, seg.end))
          ) {
            const [rs, re] = [seg.start + rm.index, seg.start + rm.index + rm[0].length];
            if (t.start < rs || t.start >= re) localTimes = localTimes.filter((x) => x.start < rs || x.end > re);
          }
          if (t.pos === 'noun') {
            const nextSeg = segs[segs.indexOf(seg) + 1];
            if (
              nextSeg &&
              /^,?\s*(?:which|that)\s+(?:took place|happened|was held|occurred|came)\b/i.test(
                text.slice(nextSeg.start, nextSeg.end),
              )
            ) {
              const rel = times.filter((x) => x.start >= nextSeg.start && x.end <= nextSeg.end);
              if (rel.length) localTimes = rel;
            }
          }
          // "her June 2021 visit", "Saturday's call": a date standing right before a noun dates that noun
          const attributive =
            t.pos === 'noun'
              ? localTimes.filter(
                  (x) => x.end <= t.start && /^(?:['’]s)?\s+(?:[a-z-]+\s+){0,2}$/.test(text.slice(x.end, t.start)),
                )
              : [];
          const after = localTimes.filter((x) => x.start >= t.start);
          const chosen = attributive.length ? attributive : after.length ? after : localTimes;
          const groups = new Map<string, Timex[]>();
          for (const x of chosen) {
            const k = x.groupId ? `g${x.groupId}` : `s${x.start}`;
            groups.set(k, [...(groups.get(k) ?? []), x]);
          }
          // "on 28 and 31 January and again on Thursday": every date joined by "and" is its own contact
          const groupList = [...groups.values()];
          const dates: Array<Timex | undefined> = [];
          for (let gi = 0; gi < groupList.length; gi++) {
            const g = groupList[gi];
            if (gi > 0) {
              const prevEnd = groupList[gi - 1][0].end;
              if (
                !/^\s*,?\s*(?:and|as well as)\s+(?:(?:again|also|later|once more)\s+)?(?:on|in)?\s*$/i.test(
                  text.slice(prevEnd, g[0].start),
                )
              )
                break;
              if (g[0].precision !== 'day' || dates.some((d) => d && d.precision !== 'day')) break;
            }
            dates.push(...(g.length > 1 && g[0].groupId ? g : [g[0]]));
          }
          if (!dates.length) dates.push(undefined);
          const initiator = initiatorOf(s, t, subj, uniq([...subj, ...obj]), a.mentions, resolve);
          let mode = t.mode;
          if (mode === 'unspecified' || (t.kind === 'meeting' && /virtual/i.test(segText)))
            mode = modeFromContext(segText, mode);
          // talks with a guest said elsewhere in the sentence to be there ("…, who is in Russia on a state visit")
          if (mode === 'unspecified' && VISIT_CONTEXT.test(s.text)) mode = 'in_person';
          if (mode === 'unspecified' && tMode) mode = tMode;
          // a duration from the trigger's own words, or a relative clause about it ("a call that lasted two hours")
          const nextSegAfter = segs[segs.indexOf(seg) + 1];
          const relClause =
            nextSegAfter && /^,?\s*(?:which|that)\b/i.test(text.slice(nextSegAfter.start, nextSegAfter.end))
              ? text.slice(nextSegAfter.start, nextSegAfter.end)
              : '';
          const dur =
            durationOf(`${text.slice(startSubj, end)} ${relClause}`) ?? (trig.length === 1 ? durationOf(s.text) : null);
          const topics = topicsOf(s.text);
          const distributive = t.distributive && obj.length >= 2;
          // "the call", "after the conversation": a re-mention of the contact just reported, not a new one
          const definite =
            t.pos === 'noun' &&
            /\b(?:the|that|this|today['’]s|yesterday['’]s)\s+(?:[\w-]+\s+)?$/i.test(
              text.slice(Math.max(s.start, t.start - 25), t.start),
            );
          if (definite && !localTimes.length) {
            const prevF = [...a.frames]
              .reverse()
              .find((f) => f.status === 'occurred' && s.index - f.sentence <= 8 && f.participants.length >= 2);
            if (
              prevF &&
              (all.length < 2 || all.every((p) => prevF.participants.some((q) => actorKey(q) === actorKey(p))))
            ) {
              prevF.durationMinutes ??= durationOf(s.text);
              prevF.initiator ??= initiatorOf(s, t, [], prevF.participants, a.mentions, resolve);
              const ev = prevF;
              if (prevF.sentence !== s.index) ev.evidence = [...(ev.evidence ?? []), [s.start, s.end, s.index]];
              continue;
            }
          }
          // "spoke with A on Monday and on Tuesday with B": one contact per "with …" part
          const cuts: number[] = [];
          const splitRe =
            /(?:,\s*|\s+)and\s+(?:then\s+|later\s+|also\s+)?(?:(?:on|in|at|later on|earlier on)\s+[^,]{1,25}?\s+)?with\s+/gi;
          const objText = text.slice(t.end, end);
          for (let m = splitRe.exec(objText); m; m = splitRe.exec(objText)) cuts.push(t.end + m.index);
          // "phoned A and then B", "met A and later B": one contact after the other
          const thenRe = /(?:,\s*|\s+)and\s+(?:then|later|afterwards)\s+(?!with\b)/gi;
          for (let m = thenRe.exec(objText); m; m = thenRe.exec(objText)) cuts.push(t.end + m.index);
          cuts.sort((x, y) => x - y);
          const groupsOut: Array<{ parts: ActorRef[]; dates: Array<Timex | undefined> }> = [];
          if (cuts.length && !distributive) {
            const bounds = [t.end, ...cuts, end];
            const before = localTimes.filter((x) => x.end <= t.start);
            // a single date after all the parts ("phoned A and then B on Sunday") dates each of them
            const after = localTimes.filter((x) => x.start >= t.end);
            const shared = after.length === 1 ? after[0] : undefined;
            for (let r = 0; r + 1 < bounds.length; r++) {
              const objR = obj.filter((_, k) => objPos[k] >= bounds[r] && objPos[k] < bounds[r + 1]);
              if (!objR.length) continue;
              const inR = localTimes.filter((x) => x.start >= bounds[r] && x.end <= bounds[r + 1]);
              groupsOut.push({
                parts: uniq([...subj, ...objR]),
                dates: inR.length ? [inR[0]] : before.length ? [before[before.length - 1]] : [shared],
              });
            }
          } else {
            const pairs: ActorRef[][] = distributive ? obj.map((o) => uniq([...subj, o])) : [all];
            for (const parts of pairs) groupsOut.push({ parts, dates });
          }
          for (const { parts, dates: ds } of groupsOut) {
            for (const d of ds) {
              const st = statusOf(text, s.start, t, d, pub);
              // "Macron proposed a summit between Biden and Putin": who proposes one is not in it
              const between = /\bbetween$/i.test(t.text) || /^\s+between\b/i.test(text.slice(t.end, t.end + 12));
              const proposer =
                between && (st.status === 'proposed' || st.status === 'requested')
                  ? parts.filter((p) => subj.some((x) => actorKey(x) === actorKey(p)))
                  : [];
              const inIt =
                proposer.length && parts.length - proposer.length >= 2
                  ? parts.filter((p) => !proposer.includes(p))
                  : parts;
              const frame: Frame = {
                trigger: t,
                participants: inIt,
                initiator,
                status: st.status,
                statusCue: st.cue,
                mode,
                date: d
                  ? {
                      from: d.from,
                      to: d.to,
                      precision: d.precision,
                      basis: d.basis,
                      text: d.text,
                      explanation: d.explanation,
                    }
                  : { from: null, to: null, precision: 'unknown', basis: 'unknown', text: null, explanation: '' },
                durationMinutes: dur,
                topics,
                start: s.start,
                end: s.end,
                sentence: s.index,
                attributedTo: null,
              };
              a.frames.push(frame);
            }
          }
        }
      }
      dateUndated(a, readout);
    },
  };
}

function initiatorOf(
  s: Sentence,
  t: Trigger,
  subj: ActorRef[],
  parties: ActorRef[],
  mentions: ActorMention[],
  resolve: (m: ActorMention, ex: ActorRef[]) => ActorRef[],
): ActorRef | null {
  // "X called Y" says who placed the call; "X spoke by phone with Y" does not
  if (
    t.kind === 'phone' &&
    t.pos === 'verb' &&
    subj.length === 1 &&
    /^(?:called|calls?|phoned|phones|telephoned|telephones|rang|dialled|dialed)\b/i.test(t.text)
  )
    return subj[0];
  const lf = /\bat the (latter|former)['’]s (?:request|initiative|invitation)/i.exec(s.text);
  if (lf && parties.length >= 2) return lf[1].toLowerCase() === 'latter' ? parties[parties.length - 1] : parties[0];
  INITIATIVE.lastIndex = 0;
  for (let m = INITIATIVE.exec(s.text); m; m = INITIATIVE.exec(s.text)) {
    const at = s.start + m.index + m[0].length;
    const who = mentions.find((x) => x.start >= at && x.start <= at + 70 && (x.actor || x.kind === 'pronoun'));
    if (who) return resolve(who, [])[0] ?? null;
  }
  if (/\bside['’]s initiative\b/i.test(s.text)) {
    const st = mentions.find((x) => x.sentence === s.index && x.kind === 'state');
    if (st?.actor) return st.actor;
  }
  return null;
}

/** Frames with no date of their own: the same occasion as a contact just reported, or a readout's day. */
function dateUndated(a: Annotated, readout: boolean): void {
  const pub = a.doc.publishedDate;
  for (let i = 0; i < a.frames.length; i++) {
    const f = a.frames[i];
    if (f.date.from) continue;
    if (f.status !== 'occurred') {
      f.date = {
        from: null,
        to: null,
        precision: 'unknown',
        basis: 'unknown',
        text: null,
        explanation: 'no date in the text',
      };
      continue;
    }
    // "has since spoken", "later met", "spoke three times": another occasion than the one just reported
    const around = a.doc.text.slice(Math.max(0, f.trigger.start - 30), f.trigger.end + 40);
    const another =
      /\b(?:since|later|again|subsequently|afterwards)\s+(?:\w+\s+)?$/i.test(
        a.doc.text.slice(Math.max(0, f.trigger.start - 30), f.trigger.start),
      ) || /\b(?:twice|(?:two|three|four|five|several|many|\d+) times)\b/i.test(around);
    // "on the sidelines", "during the summit": a side meeting of the gathering just reported
    const sideline = /\bon the sidelines\b|\bduring the (?:summit|visit|meeting|talks)\b/i.test(
      a.sentences[f.sentence]?.text ?? '',
    );
    const prev = a.frames
      .slice(0, i)
      .reverse()
      .find(
        (p) =>
          !another &&
          p.date.from &&
          f.sentence - p.sentence <= 3 &&
          p.status === 'occurred' &&
          (sideline || p.participants.some((x) => f.participants.some((y) => actorKey(x) === actorKey(y)))),
      );
    if (prev) {
      f.date = {
        ...prev.date,
        basis: 'inferred',
        explanation: `same occasion as ${prev.date.text ? `'${prev.date.text}'` : 'the contact'} reported just before (${prev.date.explanation})`,
      };
    } else if (readout && pub) {
      f.date = {
        from: pub,
        to: pub,
        precision: 'day',
        basis: 'publication',
        text: null,
        explanation: `official readout published ${pub}; no other date given`,
      };
    } else {
      f.date = {
        from: null,
        to: pub,
        precision: 'range',
        basis: 'unknown',
        text: null,
        explanation: pub ? `no date in the text; before publication ${pub}` : 'no date in the text',
      };
    }
  }
}
