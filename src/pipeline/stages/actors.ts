// Actor mentions: names and aliases from the knowledge base, titles with names ("President Emmanuel Macron
// of France", "Honduran President Xiomara Castro"), unknown names after a title, roles resolved at the
// document's date ("the French President", "the Kremlin leader", "Ukraine's top diplomat"), states and
// organisations, pronouns and group references ("the two leaders") for the frames stage to resolve.
import { type ActorBase, displayName, inOffice, ofCountry, postRef, stateExists } from '../../actors/base.js';
import type { GazEntry } from '../../actors/name-index.js';
import {
  BARE_ROLE_STATE,
  CROWN_TITLE,
  HEIR_TITLE,
  HONORIFICS,
  INTERIM,
  INTERIM_TITLE,
  JOINT_TITLE,
  kindsForRole,
  NAME_PARTICLES,
  PARTY_ROLES,
  ROLE_ABBREVIATIONS,
  ROLE_WORDS,
  RULER_ROLES,
  RULING_PARTY,
  SINGLE_STATE_ROLES,
  SUBORDINATE,
  TITLE_ONLY_ROLES,
  titleFits,
  titleOfRole,
} from '../../actors/roles.js';
import type { ActorRef, Country, OfficeKind, Person } from '../../actors/types.js';
import { writtenCase } from '../../actors/written-case.js';
import { publisherCountry } from '../../ingest/publisher.js';
import { ARABIC_ARTICLE, MONTHS, normalizeName, type WordToken, wordTokens } from '../../util/text.js';
import type { ActorMention, Annotated, PipelineContext, Stage } from '../types.js';

type Atom =
  | { t: 'person'; i: number; j: number; person: Person }
  | { t: 'surname'; i: number; j: number; cands: Person[] }
  | { t: 'country'; i: number; j: number; iso3: string; how: 'name' | 'demonym' | 'seat'; office?: OfficeKind }
  | { t: 'org'; i: number; j: number; code: string }
  | { t: 'role'; i: number; j: number; phrase: string; kinds: OfficeKind[]; interim?: boolean; of?: string }
  | { t: 'hon'; i: number; j: number }
  | { t: 'cap'; i: number; j: number };

/** Institutions of an organisation, whose office holders are filed under the organisation: the EU's, and the
 * African Union Commission (beside the AU's rotating chair, a head of state). */
const INSTITUTION_OF: Record<string, string> = { EC: 'EU', ECO: 'EU', CEU: 'EU', EP: 'EU', AUC: 'AU' };

/** Styles a knight or dame is addressed by with the given name ("Sir Keir"). */
const KNIGHTLY = new Set(['sir', 'dame']);

/** States whose "Foreign Secretary" is a civil servant (the ministry's permanent head), not the foreign minister. */
const CIVIL_FOREIGN_SECRETARY = new Set(['IND', 'PAK', 'BGD', 'NPL', 'LKA']);
// particles inside names, and the suffixes a name may end with
const PARTICLES = new Set([...NAME_PARTICLES, 'jr', 'sr']);
const NOT_NAMES = new Set([
  'the',
  'a',
  'an',
  'this',
  'that',
  'these',
  'those',
  'today',
  'yesterday',
  'tomorrow',
  'he',
  'she',
  'they',
  'we',
  'it',
  'his',
  'her',
  'their',
  'our',
  'in',
  'on',
  'at',
  'after',
  'before',
  'during',
  'and',
  'but',
  'or',
  'for',
  'with',
  'as',
  'while',
  'when',
  'both',
  'monday',
  'tuesday',
  'wednesday',
  'thursday',
  'friday',
  'saturday',
  'sunday',
  ...MONTHS,
  'jan',
  'feb',
  'mar',
  'apr',
  'jun',
  'jul',
  'aug',
  'sep',
  'sept',
  'oct',
  'nov',
  'dec',
  'readout',
  'statement',
  'office',
  'ministry',
  'department',
  'government',
  'administration',
  'house',
  'council',
  'committee',
  'agency',
  'embassy',
  'security',
  'national',
  'foreign',
  'affairs',
  'defense',
  'defence',
  'state',
  'states',
  'united',
  'republic',
  'kingdom',
  'federal',
  'general',
  'secretary',
  'minister',
  'ministers',
  'leaders',
  'allies',
  'partners',
  'alliance',
  'union',
  'european',
  'summit',
  'call',
  'meeting',
  'talks',
  'according',
  'said',
  'also',
  'however',
  'meanwhile',
  'earlier',
  'later',
  'then',
  'prime',
  'president',
  'vice',
  'chancellor',
  'king',
  'queen',
  'emir',
  'amir',
  'sultan',
  'pope',
  'sheikh',
  'mr',
  'mrs',
  'ms',
  'dr',
  'sir',
  'twitter',
  'telegram',
  'facebook',
  'x',
  'i',
  'you',
  'my',
  'your',
  'its',
  'one',
  'two',
  'three',
  'there',
  'here',
  'what',
  'who',
  'why',
  'covid-19',
  'oval',
  'white',
  'air',
  'force',
  'article',
  'treaty',
  'accords',
  'agreement',
  'format',
  'group',
  'g7',
  'g20',
  'quad',
]);
// sentence-initial function words are never the start of a name
for (const w of [
  'if',
  'when',
  'whereas',
  'although',
  'though',
  'since',
  'because',
  'so',
  'yet',
  'not',
  'no',
  'under',
  'over',
  'despite',
  'following',
  'asked',
  'speaking',
  'there',
  'now',
  'still',
  'instead',
  'thus',
  'indeed',
  'unless',
  'until',
  'once',
  'even',
  'all',
  'some',
  'many',
  'several',
  'each',
  'every',
  'other',
  'another',
  'such',
  'only',
  'just',
  'last',
  'next',
  'first',
  'from',
  'by',
  'into',
  'about',
  'against',
  'between',
  'through',
  'without',
  'within',
  'among',
  'amid',
  'like',
  'is',
  'was',
  'are',
  'were',
  'will',
  'would',
  'could',
  'should',
  'can',
  'may',
  'might',
  'must',
  'has',
  'have',
  'had',
  'did',
  'does',
  'do',
  'how',
  'where',
  'which',
  'whose',
  'whom',
  'him',
  'them',
  'us',
  'me',
])
  NOT_NAMES.add(w);
const PRONOUNS: Record<string, { plural: boolean; object: boolean }> = {
  he: { plural: false, object: false },
  she: { plural: false, object: false },
  him: { plural: false, object: true },
  her: { plural: false, object: true },
  they: { plural: true, object: false },
  them: { plural: true, object: true },
};
// "the two leaders", "both foreign ministers", "the national security advisers": back to the people in play
const GROUP_RE =
  /\b(?:(?:the two|both|the)\s+(?:leaders|presidents|prime ministers|premiers|chancellors|heads of (?:state|government)|(?:foreign |defen[cs]e )?ministers|(?:national security )?advis[eo]rs|diplomats|envoys|sides|delegations|men|women|counterparts)|the pair|the two)\b/gi;
const OPEN_GROUP_RE =
  /\b(?:(?:european|transatlantic|g7|g20|nato|eu|quad|world|western|arab|african|asian|nordic|baltic|gulf|regional|foreign|international|allied)\s+)+(?:leaders|counterparts|partners|allies|heads of state|ministers)\b|\ballies and partners\b/gi;

// how an organisation's office title says a role word ("the EU foreign policy chief" is its High Representative)
const ORG_TITLE_WORD: Record<string, string> = {
  'secretary general': 'secretary',
  'secretary-general': 'secretary',
  'director general': 'director',
  'director-general': 'director',
  'foreign policy chief': 'high representative',
  // "the EU's top diplomat", "the EU foreign minister": its High Representative
  'top diplomat': 'high representative',
  'foreign minister': 'high representative',
  // a ruling party's general secretary
  'party chief': 'general secretary',
  'party leader': 'general secretary',
  'party general secretary': 'general secretary',
  chairperson: 'chair',
  chairman: 'chair',
  chairwoman: 'chair',
};
// role words any organisation's top office answers to ("IAEA chief Grossi", "the head of the WHO")
const GENERIC_ORG_WORDS = new Set(['chief', 'head', 'boss']);

// the offices of a state a title names
const STATE_KINDS = new Set<OfficeKind>(['hos', 'hog', 'fm', 'dm']);
// the offices that lead a state: their holder is who a bare surname means among namesakes in one government
const LEADING_KINDS = new Set<OfficeKind>(['hos', 'hog', 'leader']);
const LEADING_LIST = [...LEADING_KINDS];
// nouns of a city's own ("the mayor of Kyiv"): the capital after them is the place, not its state
const CITY_OF = new Set([
  'mayor',
  'governor',
  'outskirts',
  'suburbs',
  'streets',
  'centre',
  'center',
  'residents',
  'people',
  'citizens',
  'city',
  'port',
  'airport',
  'siege',
  'battle',
  'skies',
]);
// words that make a role a past holder's ("the former president"), never the holder of the day
const PAST_HOLDER = new Set(['former', 'ex', 'erstwhile', 'onetime', 'late']);
// a word that makes a role its next holder's ('the incoming chancellor'), not the holder of the day
const NEXT_HOLDER = new Set(['incoming']);
/** How the reason of a role answered with the post's next holder begins (the CLI shows that holder's coming term). */
export const NEXT_HOLDER_REASON = "the post's next holder";
// words that name no office of their own, only the top one of what they follow: an organisation's ("the NATO
// chief") or the office a seat stands for ("the Pentagon boss")
const TOP_OFFICE_WORDS = new Set([...GENERIC_ORG_WORDS, 'leader']);
const ROLE_FIRST = new Map<string, Array<[string[], OfficeKind[]]>>();
const ROLE_KINDS = new Map(ROLE_WORDS);
const ABBREVIATION = new Map(ROLE_ABBREVIATIONS);
for (const [phrase, kinds] of ROLE_WORDS) {
  const words = phrase.split(/[\s]+/);
  const list = ROLE_FIRST.get(words[0]) ?? [];
  list.push([words, kinds]);
  list.sort((a, b) => b[0].length - a[0].length);
  ROLE_FIRST.set(words[0], list);
}

/**
 * The person a full name stands for at a date when namesakes share it (Taiwan's foreign minister Chen Chien-jen of
 * 1999 and its vice president of 2016): the one in office that day, else the one whose offices lie nearest to it,
 * else the first listed.
 */
function personOfDay(entries: GazEntry[], kb: ActorBase, date: string | null): GazEntry | undefined {
  if (entries.length < 2 || !date) return entries[0];
  const held = entries.find((e) => kb.heldOfficeAt(kb.persons[e.index], date));
  if (held) return held;
  const year = Number(date.slice(0, 4));
  const gap = (e: GazEntry) =>
    Math.min(
      ...kb.persons[e.index].offices.map((o) => {
        const from = Number((o.start ?? '0000').slice(0, 4));
        const to = o.end ? Number(o.end.slice(0, 4)) : 9999;
        return year < from ? from - year : year > to ? year - to : 0;
      }),
      9999,
    );
  return [...entries].sort((a, b) => gap(a) - gap(b))[0];
}

/**
 * The state a country name, demonym or seat stands for at a date: where a seat was shared ("the Kremlin"
 * for the Soviet Union until its end, for Russia since), the state of the day, the one since gone first.
 */
function stateOfDay(
  entries: GazEntry[],
  kb: ActorBase,
  date: string | null,
  home: string | null = null,
): GazEntry | undefined {
  const live = entries.filter((e) => stateExists(kb.countries[e.index], date));
  // a word two states share ("Congolese"): the one the story is about, or the other party's
  const own = live.find((e) => kb.countries[e.index].iso3 === home);
  if (own && new Set(live.map((e) => e.index)).size > 1) return own;
  // of two states gone since, the one that ended first was the state of the day (Yugoslavia before Serbia and
  // Montenegro)
  const gone = live
    .filter((e) => kb.countries[e.index].until)
    .sort((a, b) => (kb.countries[a.index].until as string).localeCompare(kb.countries[b.index].until as string));
  return gone[0] ?? live[0] ?? entries[0];
}

// honorifics only royals bear
const PRINCE_STYLE = new Set(['prince', 'princess']);
const ROYAL_STYLE = new Set([...PRINCE_STYLE, 'sheikh', 'shaikh']);

/** A crowned head or a royal: a crown's office, a regnal number, an Arabic patronymic or a style in the name. */
function isRoyal(p: Person): boolean {
  return (
    p.offices.some((o) => CROWN_TITLE.test(o.title) || /\bprince|princess|crown\b/i.test(o.title)) ||
    [p.name, ...p.aliases].some((n) => /\b[IVX]+\b|\bbin\b|\bbint\b|\bAl[ -]|^(?:Prince|Princess|Sheikh) /.test(n))
  );
}

/** The capitalised word right after token k-1, spaced and no role, title or common word: where a name may go on
 * ("Martin Griffiths", "Foreign Minister John Smith"). */
function nameWordAfter(tokens: WordToken[], k: number, text: string, base: number): WordToken | undefined {
  const next = tokens[k];
  if (
    !next?.cap ||
    tokens[k - 1].possessive ||
    !/^\s{1,2}$/.test(text.slice(tokens[k - 1].end - base, next.start - base)) ||
    NOT_NAMES.has(next.norm) ||
    ROLE_FIRST.has(next.norm)
  )
    return undefined;
  return next;
}

// nouns for someone of a person's ("Erdogan's chief adviser", "Zelensky's wife"): that someone, not the person
const AIDE_NOUNS = new Set([
  'aide',
  'adviser',
  'advisor',
  'spokesman',
  'spokeswoman',
  'spokesperson',
  'envoy',
  'emissary',
  'representative',
  'negotiator',
  'confidant',
  'deputy',
  'lawyer',
  'wife',
  'husband',
  'son',
  'daughter',
  'son-in-law',
  'daughter-in-law',
  'brother',
  'sister',
  'minister',
  'secretary',
  'diplomat',
  'ambassador',
  'successor',
  'predecessor',
  'ally',
  'friend',
  'rival',
  'opponent',
  'critic',
  'challenger',
  'loyalist',
  'protégé',
]);

/**
 * The words after a person's possessive that name someone of theirs: up to three lower-case words before one of
 * AIDE_NOUNS ("top foreign policy aide", "chief of staff"), and whether a capitalised name follows them (the aide
 * named: "Biden's national security adviser Jake Sullivan"). Undefined when they name no one of the person's.
 */
function aideAfter(tokens: WordToken[], k: number): { end: number; phrase: string; named: boolean } | undefined {
  if (!tokens[k - 1]?.possessive) return undefined;
  for (let j = k; j < Math.min(tokens.length, k + 4); j++) {
    const t = tokens[j];
    if (t.cap && !(j === k && /^(?:Foreign|Defen[cs]e|Prime|National|Chief|Press|Special|Top|Senior)$/.test(t.text)))
      return undefined;
    let end = -1;
    if (t.norm === 'chief' && tokens[j + 1]?.norm === 'of' && tokens[j + 2]?.norm === 'staff') end = j + 3;
    // ("Biden's secretary of state": the office, its state the person's)
    else if (
      t.norm === 'secretary' &&
      tokens[j + 1]?.norm === 'of' &&
      /^(?:state|defen[cs]e)$/.test(tokens[j + 2]?.norm ?? '')
    )
      end = j + 3;
    else if (AIDE_NOUNS.has(t.norm)) end = j + 1;
    if (end > 0) {
      // ("his chief adviser's" is someone of the aide's; "secretary of state" and "secretary general" are offices)
      if (tokens[end - 1].possessive) return undefined;
      const phrase = tokens
        .slice(k, end)
        .map((x) => x.norm)
        .join(' ');
      return { end, phrase, named: !!tokens[end]?.cap };
    }
    if (!/^\p{Ll}/u.test(t.text) && j > k) return undefined;
  }
  return undefined;
}

function atomsOf(
  tokens: WordToken[],
  kb: ActorBase,
  text: string,
  base: number,
  date: string | null,
  home: string | null = null,
): Atom[] {
  const atoms: Atom[] = [];
  const norms = tokens.map((t) => t.norm);
  const n = tokens.length;
  let i = 0;
  while (i < n) {
    const tk = tokens[i];
    // role phrases ("Prime Minister", "foreign minister", "Secretary of State")
    // "acting president", "interim prime minister", "caretaker premier": the role, held for the time being
    const interim = INTERIM.has(tk.norm) && ROLE_FIRST.has(tokens[i + 1]?.norm ?? '');
    const at = interim ? i + 1 : i;
    const roles = ROLE_FIRST.get(tokens[at].norm);
    let roleHit: Atom | null = null;
    if (roles) {
      for (const [words, kinds] of roles) {
        if (words.every((w, k) => tokens[at + k]?.norm === w)) {
          roleHit = { t: 'role', i, j: at + words.length, phrase: words.join(' '), kinds, interim };
          break;
        }
      }
    }
    // "Prince William", "Prince Faisal": before a name, a prince's style (read as an honorific), not the office
    if (roleHit && PRINCE_STYLE.has(roleHit.phrase) && tokens[roleHit.j]?.cap) roleHit = null;
    // "the members of the Bosnian presidency": a body's members with its state inside the phrase
    if (
      !roleHit &&
      (tk.norm === 'members' || tk.norm === 'member') &&
      norms[i + 1] === 'of' &&
      norms[i + 2] === 'the'
    ) {
      const c = kb.longestMatch(norms, i + 3);
      const state = c?.entries.find((e) => e.type === 'demonym' || e.type === 'country');
      if (c && state && norms[i + 3 + c.length] === 'presidency')
        roleHit = {
          t: 'role',
          i,
          j: i + 4 + c.length,
          phrase: `${tk.norm} of the presidency`,
          kinds: ['other'],
          of: kb.countries[state.index].iso3,
        };
    }
    // an abbreviation in capitals stands for its role phrase ("UK PM")
    const full = ABBREVIATION.get(tk.text);
    if (!roleHit && full) roleHit = { t: 'role', i, j: i + 1, phrase: full, kinds: ROLE_KINDS.get(full) ?? [] };
    // "the top US diplomat": the country stands inside the role phrase
    const prev = atoms[atoms.length - 1];
    if (!roleHit && tk.norm === 'diplomat' && prev?.t === 'country' && prev.j === i && norms[prev.i - 1] === 'top')
      roleHit = { t: 'role', i, j: i + 1, phrase: 'top diplomat', kinds: ['fm'] };
    // gazetteer (longest match)
    // (a name given with its article, "the Commission", "the Taliban", is matched from the article)
    const withArticle = tk.norm === 'the' && !!tokens[i + 1]?.cap;
    const m = tk.cap || PARTICLES.has(tk.norm) || withArticle ? kb.longestMatch(norms, i) : null;
    let gaz: Atom | null = null;
    if (m) {
      const surface = tokens
        .slice(i, i + m.length)
        .map((t) => t.text)
        .join(' ');
      const entries = m.entries.filter(
        (e) =>
          (!e.caseSensitive || e.surface.replace(/\s+/g, ' ') === surface) &&
          (tk.cap || !withArticle || /^the /i.test(e.surface)),
      );
      const firstCap = tokens[i].cap || withArticle;
      const person = personOfDay(
        entries.filter((e) => e.type === 'person' && (firstCap || m.length > 1)),
        kb,
        date,
      );
      const org = entries.find((e) => e.type === 'org' && firstCap);
      const ctry = firstCap
        ? stateOfDay(
            entries.filter((e) => e.type === 'country' || e.type === 'demonym' || e.type === 'seat'),
            kb,
            date,
            home,
          )
        : undefined;
      // "Donald Trump Jr.": the son, not the name's other bearer
      const junior =
        !!person && GENERATION.has(tokens[i + m.length]?.norm ?? '') && !namesGeneration(kb.persons[person.index]);
      if (person && !junior) gaz = { t: 'person', i, j: i + m.length, person: kb.persons[person.index] };
      else if (org) gaz = { t: 'org', i, j: i + m.length, code: kb.organizations[org.index].code };
      else if (ctry)
        gaz = {
          t: 'country',
          i,
          j: i + m.length,
          iso3: kb.countries[ctry.index].iso3,
          how: ctry.type === 'country' ? 'name' : (ctry.type as 'demonym' | 'seat'),
          ...(ctry.office ? { office: ctry.office } : {}),
        };
    }
    // a middle initial the base's names lack ("Sergey V. Lavrov", "Vladimir V. Putin"): the name without it
    if (gaz?.t !== 'person' && tk.cap && /^\p{Lu}\.?$/u.test(tokens[i + 1]?.text ?? '') && tokens[i + 2]?.cap) {
      const bare = kb.longestMatch([norms[i], ...norms.slice(i + 2, i + 8)]);
      if (bare && bare.length > 1) {
        const entries = bare.entries.filter((e) => e.type === 'person' && !e.caseSensitive);
        const p = personOfDay(entries, kb, date);
        if (p) gaz = { t: 'person', i, j: i + 1 + bare.length, person: kb.persons[p.index] };
      }
    }
    if (gaz && (!roleHit || gaz.j > roleHit.j)) {
      atoms.push(gaz);
      i = gaz.j;
      continue;
    }
    if (roleHit) {
      atoms.push(roleHit);
      i = roleHit.j;
      continue;
    }
    if (HONORIFICS.has(tk.norm) && tk.cap) {
      atoms.push({ t: 'hon', i, j: i + 1 });
      i++;
      continue;
    }
    // a common word right after a title is a surname when someone bears it ("Mrs May", "Prime Minister May")
    const last = atoms[atoms.length - 1];
    const afterTitle = (last?.t === 'hon' || last?.t === 'role') && last.j === i;
    if (tk.cap && (!NOT_NAMES.has(tk.norm) || afterTitle)) {
      const common = NOT_NAMES.has(tk.norm);
      // surnames (up to three words: "von der Leyen")
      let sur: Atom | null = null;
      for (let len = 3; len >= 1 && !sur; len--) {
        if (i + len > n) continue;
        const key =
          len === 1
            ? norms[i]
            : len === 2
              ? `${norms[i]} ${norms[i + 1]}`
              : `${norms[i]} ${norms[i + 1]} ${norms[i + 2]}`;
        const cands = kb.surnameCandidates(key);
        // a word that begins names too, before a capitalised word the base does not know, begins a name it does not
        // know: "Martin Griffiths" is not Micheál Martin, "Wang Qishan" not Wang Yi, "Kim Yo Jong" not Kim Jong Un
        const next = tokens[i + len];
        const after = nameWordAfter(tokens, i + len, text, base);
        const unknownName =
          !afterTitle &&
          !!after &&
          !HONORIFICS.has(after.norm) &&
          !kb.longestMatch(norms, i + len) &&
          !kb.surnameCandidates(after.norm).length &&
          kb.isLeadingName(norms[i]);
        // ("Trump Jr." is the son)
        const junior = GENERATION.has(next?.norm ?? '') && !cands.some(namesGeneration);
        if (cands.length && !unknownName && !junior) sur = { t: 'surname', i, j: i + len, cands };
        // another spelling of a name the base knows ("Lukaschenko", "Volodimir Zelenski", "Muhammad bin
        // Salman"): a name of two words or more, or one of five letters or more, with the same skeleton
        // (the whole of a capitalised run: "Marko" before "Ilovac" is a given name, not Guido de Marco)
        else if (
          !common &&
          (len > 1 || norms[i].length >= 5) &&
          tokens.slice(i, i + len).every((t, k) => t.cap || (k > 0 && PARTICLES.has(t.norm))) &&
          !(
            tokens[i + len]?.cap &&
            !tokens[i + len - 1].possessive &&
            /^\s{1,2}$/.test(text.slice(tokens[i + len - 1].end - base, tokens[i + len].start - base))
          )
        ) {
          const like = kb.skeletonCandidates(norms.slice(i, i + len));
          if (like.length) sur = { t: 'surname', i, j: i + len, cands: like };
        }
      }
      // "Sir Keir": a knight or dame is styled by the given name; the one person in office that day of that
      // given name
      if (!sur && afterTitle && last.t === 'hon' && KNIGHTLY.has(tokens[last.i].norm) && date) {
        const given = kb.givenNameHolders(norms[i], date);
        if (given.length === 1) sur = { t: 'surname', i, j: i + 1, cands: given };
      }
      if (sur) {
        atoms.push(sur);
        i = sur.j;
        continue;
      }
      if (common) {
        i++;
        continue;
      }
      // unknown capitalised sequence (a possible name)
      let j = i + 1;
      while (
        j < n &&
        j - i < 6 &&
        !tokens[j - 1].possessive &&
        (tokens[j].cap || PARTICLES.has(tokens[j].norm)) &&
        !NOT_NAMES.has(tokens[j].norm) &&
        !ROLE_FIRST.has(tokens[j].norm) &&
        // (a known name of two words or more starts a name of its own: "CIA Director William Burns")
        (kb.longestMatch(norms, j)?.length ?? 0) < 2 &&
        tokens[j].start - tokens[j - 1].end <= 2 &&
        /^\s*$/.test(text.slice(tokens[j - 1].end - base, tokens[j].start - base))
      )
        j++;
      while (j > i + 1 && PARTICLES.has(tokens[j - 1].norm) && !['jr', 'sr'].includes(tokens[j - 1].norm)) j--;
      atoms.push({ t: 'cap', i, j });
      i = j;
      continue;
    }
    i++;
  }
  return atoms;
}

/** An office named by its role word and country: "Foreign Minister of Angola". */
function officeLabel(roleWord: string, country: Country | undefined): string {
  const title = roleWord.replace(/\b\w/g, (x) => x.toUpperCase());
  return country ? `${title} of ${ofCountry(country)}` : title;
}

function withSurface(ref: ActorRef, surface: string): ActorRef {
  // "KISHIDA Fumio": a typographic convention, not a spelling worth keeping
  if (surface === ref.name || /\b\p{Lu}{3,}\b/u.test(surface)) return ref;
  const clean = surface.replace(/\s+/g, ' ').trim();
  // one word in another spelling ("Zelensky"): keep the given names, take the article's surname
  if (!clean.includes(' ')) {
    const words = ref.name.split(' ');
    const last = words[words.length - 1];
    if (
      words.length < 2 ||
      !/^\p{Script=Latin}[\p{Script=Latin}'’-]*$/u.test(clean) ||
      normalizeName(clean) === normalizeName(last) ||
      // only another spelling of the same surname (Zelensky/Zelenskyy), not another name ("Lula" for "da Silva")
      normalizeName(clean).slice(0, 4) !== normalizeName(last).slice(0, 4) ||
      Math.abs(clean.length - last.length) > 2
    )
      return ref;
    return { ...ref, surface: [...words.slice(0, -1), clean].join(' ') };
  }
  return clean.split(' ').length >= 2 && !/^(?:the|von|van|de|al)\b/i.test(clean) ? { ...ref, surface: clean } : ref;
}

/**
 * Finds the actor mentions of one sentence. `recent` holds persons already mentioned in the document; `home` is the
 * country the text is read in (its publisher's), or with `homeIsRoleCountry` the country a role alone stands for (the
 * resolver's `--country`: "the foreign minister" is that country's, resolved as "France's foreign minister" would be).
 */
export function findMentions(
  text: string,
  base: number,
  sentence: number,
  kb: ActorBase,
  date: string | null,
  recent: Person[],
  home: string | null = null,
  homeLabel = "the publisher's country",
  homeIsRoleCountry = false,
  // a question about a post past what the base knows may be answered with its last holder on record (said so);
  // an article's participant is not
  presumeLastKnown = false,
  // surnames the document gives to people the base does not know ("John Smith"): alone, they are those people's
  shadow: ReadonlySet<string> = NO_SHADOW,
): ActorMention[] {
  const tokens = wordTokens(text, base);
  const norms = tokens.map((t) => t.norm);
  const atoms = atomsOf(tokens, kb, text, base, date, home);
  const out: ActorMention[] = [];
  const span = (i: number, j: number) => ({
    start: tokens[i].start,
    end: tokens[j - 1].end,
    text: text.slice(tokens[i].start - base, tokens[j - 1].end - base),
  });
  // "Erdogan's chief adviser", "Zelensky's foreign minister": someone of the person's, not the person. A standard post
  // of the person's state is its holder that day; any other is the person's aide, unnamed. An aide the words name
  // ("Biden's national security adviser Jake Sullivan") is that name's: the person then gives no mention at all.
  // (it adds the aide's mention and keeps the person for later references; it returns the token the words end at,
  // or -1 when they name no one of the person's)
  const takeAide = (i: number, j: number, p: Person): number => {
    const aide = aideAfter(tokens, j);
    if (!aide) return -1;
    if (!recent.includes(p)) recent.unshift(p);
    if (aide.named) return j;
    const kinds = kindsForRole(aide.phrase).filter((k) => k === 'fm' || k === 'dm' || k === 'hog' || k === 'nsa');
    const holders = kinds.length && p.country ? kb.holders(p.country, kinds, date) : [];
    const holder = holders.length === 1 && holders[0] !== p ? holders[0] : undefined;
    const who = displayName(p);
    const actor: ActorRef = holder
      ? kb.personRef(holder, date, kinds)
      : { kind: 'person', name: `${who}'s ${aide.phrase}`, wikidata: null, country: p.country, role: aide.phrase };
    const reason = holder
      ? `the ${aide.phrase} of ${who}'s state (${p.country}) at ${date ?? 'unknown date'}`
      : `someone of ${who}'s, not named`;
    out.push({ sentence, ...span(i, aide.end), kind: 'role', actor, reason, role: aide.phrase });
    return aide.end;
  };
  // tokens i-1 and i are separated by white space only (no comma, dash or quote)
  const spaced = (i: number) =>
    i > 0 && i < tokens.length && /^(?:['’]s?)?\s*$/.test(text.slice(tokens[i - 1].end - base, tokens[i].start - base));
  // a surname atom that is the given name of a longer name the base does not know ("Foreign Minister John Smith":
  // not a John of the base): the next word is capitalised, no particle, and none of the bearers' names holds it
  const givenNameOfUnknown = (x: { j: number; cands: Person[] }) => {
    const nx = nameWordAfter(tokens, x.j, text, base);
    return !!nx && !PARTICLES.has(nx.norm) && !x.cands.some((p) => bearsNameWord(p, nx.norm));
  };
  // index of the token where "of (the)" before token i starts, or -1
  const ofBefore = (i: number): number => {
    if (tokens[i - 1]?.norm === 'of') return i - 1;
    if (tokens[i - 1]?.norm === 'the' && tokens[i - 2]?.norm === 'of') return i - 2;
    return -1;
  };
  const personFromCands = (
    cands: Person[],
    kinds: OfficeKind[] | null,
    country: string | null,
    titleWord?: string,
  ): { p: Person; why: string; held?: boolean } | null => {
    // a title of state ("President Johnson") names only someone who has held an office of its kind, or led
    // (not the prime minister of that name)
    // (an organisation's office only where its title says the word: "Chairman Kim" is no World Bank president)
    if (kinds?.length && kinds.every((k) => STATE_KINDS.has(k) || k === 'org')) {
      const orgWord = titleWord ? (ORG_TITLE_WORD[titleWord.toLowerCase()] ?? titleWord.toLowerCase()) : null;
      const fitsOrg = (title: string) =>
        !orgWord || GENERIC_ORG_WORDS.has(orgWord) || title.toLowerCase().includes(orgWord);
      const fits = cands.filter((c) =>
        c.offices.some(
          (o) =>
            (kinds.includes(o.kind) && (o.kind !== 'org' || fitsOrg(o.title))) ||
            o.kind === 'leader' ||
            // a post of no standard kind only where its title says the word ("President Johnson" is no
            // Speaker of the House; "President Guaidó" was the National Assembly's)
            (o.kind === 'other' && !!titleWord && o.title.toLowerCase().includes(titleWord.toLowerCase())),
        ),
      );
      if (!fits.length) return null;
      cands = fits;
    }
    const byRecent = cands.find((c) => recent.includes(c) && (!country || c.country === country));
    if (byRecent) return { p: byRecent, why: 'surname of a person named earlier' };
    const inst = (country && INSTITUTION_OF[country]) || country;
    let pool = inst ? cands.filter((c) => c.country === inst || c.offices.some((o) => o.country === inst)) : cands;
    if (kinds?.length) {
      const k = pool.filter((c) => kb.holders(null, kinds, date).includes(c));
      if (k.length) pool = k;
    }
    // the title tells namesakes apart: a king from a president ("King Mohammed" is Morocco's, not the UAE's
    // Mohamed), a president from a supreme leader ("President Kim" in 2000 is Kim Dae-jung, not Kim Jong Il)
    // (the title's own word before an equivalent crown: "King Hamad" is Bahrain's king, not Qatar's emir)
    if (titleWord && pool.length > 1) {
      const word = titleWord.toLowerCase();
      const withTitle = (fits: (title: string) => boolean) =>
        pool.filter((c) => c.offices.some((o) => (o.kind === 'hos' || !CROWN_TITLE.test(word)) && fits(o.title)));
      const own = withTitle((t) => t.toLowerCase().includes(word));
      const equivalent = own.length ? own : withTitle((t) => titleFits(word, t));
      if (equivalent.length) pool = equivalent;
    }
    // (one who leads a state that day: a head of state or government, a ruler)
    const leads = (c: Person) => LEADING_KINDS.has(kb.officeAt(c, date, LEADING_LIST)?.kind ?? 'other');
    const serving = pool.filter((c) => kb.heldOfficeAt(c, date));
    if (serving.length === 1) return { p: serving[0], why: 'surname, in office at date', held: true };
    // a name shared across countries: the one of the home country (an article's publisher, or the context
    // given to the resolver: "President Santos" in Colombia)
    if (home && serving.length > 1) {
      const local = serving.filter((c) => c.country === home || c.offices.some((o) => o.country === home));
      if (local.length === 1) return { p: local[0], why: `surname, in office at date in ${home}`, held: true };
    }
    // namesakes in one government: the bare surname is the leader's, not the minister's ("Castro" in 2000 is
    // Fidel, not Raúl at the armed forces; "García" in 2008 is Peru's president, not its foreign minister)
    if (serving.length > 1 && new Set(serving.map((c) => c.country)).size === 1) {
      const top = serving.filter(leads);
      if (top.length === 1)
        return { p: top[0], why: 'surname, in office at date (the leader among namesakes)', held: true };
      // a ruler above the state's offices among them ("Mr Kim" in 2019 is Kim Jong Un, not his premier Kim
      // Jae-ryong); a president and a prime minister of one name stay two (the Kaczyński twins in 2006–07)
      const ruler = kb.rulerOf(serving[0].country, ['leader'], date);
      if (ruler && top.includes(ruler))
        return { p: ruler, why: 'surname, in office at date (the ruler among namesakes)', held: true };
    }
    // namesakes in office in different states, one of them a state's leader and the others foreign or defence
    // ministers: the bare surname is the leader's ("Morales" in 2010 is Bolivia's president, not the Dominican
    // foreign minister; "Miller" in 2003 Poland's prime minister, not Barbados' foreign minister). Two leaders stay
    // two, and so does a leader beside a vice president, an organisation's head or a crown prince ("Harris" in 2024,
    // "Guterres" in 2019)
    if (serving.length > 1 && !kinds) {
      // (an heir to a throne, known by his given name and title, yields to any office holder: "Hassan" in 2012 is
      // the Maldives' president, not Morocco's Crown Prince Moulay Hassan)
      const heir = (c: Person) =>
        c.offices.filter((o) => inOffice(o, date)).every((o) => o.kind === 'other' && HEIR_TITLE.test(o.title));
      const officers = serving.filter((c) => !heir(c));
      if (officers.length === 1) return { p: officers[0], why: 'surname, in office at date', held: true };
      const minister = (c: Person) =>
        heir(c) || c.offices.filter((o) => inOffice(o, date)).every((o) => o.kind === 'fm' || o.kind === 'dm');
      const leading = serving.filter(leads);
      if (leading.length === 1 && serving.every((c) => c === leading[0] || minister(c)))
        return { p: leading[0], why: 'surname, in office at date (the leader among namesakes)', held: true };
    }
    if (pool.length === 1 && (kinds || country)) return { p: pool[0], why: 'surname with title' };
    return null;
  };

  for (let a = 0; a < atoms.length; a++) {
    const at = atoms[a];
    const next = atoms[a + 1];
    const adj = (x: Atom, y: Atom | undefined) => y && y.i === x.j && spaced(x.j);
    // [Country|Demonym|Org]? Role+ [Name] [of Country]
    if (
      at.t === 'role' ||
      ((at.t === 'country' || at.t === 'org') && adj(at, next) && next?.t === 'role' && !tokens[at.j - 1].possessive) ||
      ((at.t === 'country' || at.t === 'org') && tokens[at.j - 1].possessive && adj(at, next) && next?.t === 'role')
    ) {
      let k = a;
      let country: string | null = null;
      let how = '';
      // a seat that stands for one office ("the Pentagon chief", "the head of the Quai d'Orsay")
      let seatOffice: OfficeKind | undefined;
      if (at.t === 'country') {
        country = at.iso3;
        seatOffice = at.office;
        how = at.how === 'seat' ? 'metonym + role' : 'demonym + role';
        k++;
      } else if (at.t === 'org') {
        country = at.code;
        how = 'organisation + role';
        k++;
      }
      const roleAtoms: Atom[] = [];
      while (atoms[k]?.t === 'role' && (roleAtoms.length === 0 || adj(roleAtoms[roleAtoms.length - 1], atoms[k]))) {
        roleAtoms.push(atoms[k]);
        k++;
      }
      if (!roleAtoms.length) continue;
      const role = roleAtoms[roleAtoms.length - 1] as Extract<Atom, { t: 'role' }>;
      if (role.of) {
        country ??= role.of;
        how ||= 'role of country';
      }
      let last = role.j;
      // "President of France", "Secretary General of NATO", "Minister of Defense of Ukraine"
      let nx = atoms[k];
      // ("of the Bosnian Presidency": a demonym there qualifies the noun after it, which is no one's name)
      let ofDemonym = false;
      if (nx && (nx.t === 'country' || nx.t === 'org') && ofBefore(nx.i) === last) {
        ofDemonym = nx.t === 'country' && nx.how === 'demonym';
        if (!country && nx.t === 'country') seatOffice = nx.office;
        country ??= nx.t === 'country' ? nx.iso3 : nx.code;
        how ||= 'role of country';
        last = nx.j;
        k++;
        nx = atoms[k];
      }
      while (nx?.t === 'hon' && nx.i === last && spaced(nx.i)) {
        last = nx.j;
        k++;
        nx = atoms[k];
      }
      const roleWord = role.phrase;
      // the seat's office for a word that names no office of its own ("chief", "head", "boss"; "leader" of a
      // seat of an office below the ruler's), not a post under it ("the White House chief of staff")
      const seatGeneric = TOP_OFFICE_WORDS.has(roleWord) && (roleWord !== 'leader' || seatOffice !== 'hos');
      const underIt = tokens[role.j]?.norm === 'of' && last === role.j;
      const roleKinds = seatOffice && seatGeneric && !underIt ? [seatOffice] : role.kinds;
      // "the High Representative" names the EU's without saying so
      if (!country && (roleWord === 'high representative' || roleWord === 'foreign policy chief')) {
        country = 'EU';
        how ||= 'organisation + role';
      }
      const startTok = at.i;
      // a name right after the title
      if (
        nx &&
        nx.i === last &&
        !ofDemonym &&
        spaced(nx.i) &&
        (nx.t === 'person' || nx.t === 'surname' || nx.t === 'cap')
      ) {
        let endTok = nx.j;
        let after = atoms[k + 1];
        if (after && (after.t === 'country' || after.t === 'org') && ofBefore(after.i) === endTok) {
          country ??= after.t === 'country' ? after.iso3 : after.code;
          endTok = after.j;
          k++;
          after = atoms[k + 1];
        }
        let ref: ActorRef | null = null;
        let reason = '';
        if (nx.t === 'person') {
          ref = withSurface(kb.personRef(nx.person, date), span(nx.i, nx.j).text);
          reason = 'name';
        } else if (nx.t === 'surname' && !givenNameOfUnknown(nx)) {
          const r = personFromCands(nx.cands, roleKinds.length ? roleKinds : null, country, roleWord);
          if (r) {
            ref = kb.personRef(r.p, date);
            reason = `title + ${r.why}`;
          }
        }
        if (!ref && (nx.t === 'cap' || nx.t === 'surname')) {
          // the whole of an unknown name after its title: "Grand Ayatollah Ali al-Sistani", not "Ali"
          let nameEnd = nx.j;
          while (
            nameEnd < tokens.length &&
            nameEnd - nx.i < 5 &&
            /^\s{1,2}$/.test(text.slice(tokens[nameEnd - 1].end - base, tokens[nameEnd].start - base)) &&
            !tokens[nameEnd - 1].possessive &&
            (ARABIC_ARTICLE.test(tokens[nameEnd].text) ||
              (tokens[nameEnd].cap &&
                !NOT_NAMES.has(tokens[nameEnd].norm) &&
                !ROLE_FIRST.has(tokens[nameEnd].norm) &&
                !kb.longestMatch(norms, nameEnd)))
          )
            nameEnd++;
          if (nameEnd > endTok) endTok = nameEnd;
          const name = span(nx.i, nameEnd).text;
          const c = country && kb.country(country) ? country : country && kb.organization(country) ? country : null;
          ref = {
            kind: 'person',
            name,
            wikidata: null,
            country: c,
            role: officeLabel(roleWord, c ? kb.country(c) : undefined),
          };
          reason = 'title + unknown name';
        }
        if (ref) {
          const s = span(startTok, endTok);
          out.push({ sentence, ...s, kind: 'name', actor: ref, reason, role: ref.role, plural: false });
          if (ref.personId) {
            const p = kb.personByQid(ref.personId);
            if (p && !recent.includes(p)) recent.unshift(p);
          }
          a = k;
          // (the atoms the name's unknown words made are part of it: "John Smith" is no separate "Smith")
          while (atoms[a + 1] && atoms[a + 1].i < endTok) a++;
          continue;
        }
      }
      // a role with no name: resolve by country and date, or leave for the frames stage (bare "the President")
      const s = span(startTok, last);
      let ref: ActorRef | null = null;
      let reason = '';
      if (roleWord === 'counterpart') {
        out.push({
          sentence,
          ...s,
          kind: 'role',
          actor: null,
          reason: 'counterpart',
          role: country ? `counterpart:${country}` : 'counterpart',
        });
        a = k - 1;
        continue;
      }
      // "the former French president": someone who held the post before that day, not its holder then; which
      // one the words do not say
      if (PAST_HOLDER.has(tokens[startTok - 1]?.norm ?? '')) {
        out.push({
          sentence,
          ...span(startTok - 1, last),
          kind: 'role',
          actor: null,
          reason: 'a past holder of the post, not named',
          role: roleWord,
        });
        a = k - 1;
        continue;
      }
      // "the incoming German chancellor", "the US president-elect": the post's next holder, whose term begins after
      // that day (the holder of the day is the outgoing one)
      const elect = /-elect$/.test(roleWord);
      if ((elect || NEXT_HOLDER.has(tokens[startTok - 1]?.norm ?? '')) && date) {
        const kinds = elect ? kindsForRole(roleWord.replace(/-elect$/, '')) : roleKinds;
        const next = country && kb.country(country) ? kb.nextHolder(country, kinds, date) : undefined;
        out.push({
          sentence,
          ...span(elect ? startTok : startTok - 1, last),
          kind: 'role',
          actor: next ? kb.personRef(next.p, next.o.start, kinds) : null,
          reason: next
            ? `${NEXT_HOLDER_REASON} (in office from ${next.o.start}), at ${date}`
            : `${NEXT_HOLDER_REASON}, not in the knowledge base at ${date}`,
          role: roleWord,
        });
        a = k - 1;
        continue;
      }
      // "the Vietnamese party chief", "China's general secretary": the ruling party's
      let partyOf: string | null = null;
      if (country && PARTY_ROLES.has(roleWord) && RULING_PARTY[country]) {
        partyOf = country;
        country = RULING_PARTY[country];
      }
      if (!country && homeIsRoleCountry && home && kb.country(home)) {
        country = home;
        how = `role in ${homeLabel} (${home})`;
      }
      if (country && kb.country(country)) {
        // ("the Myanmar leader", "the Malian junta chief": the one who rules, see ActorBase.leaderOf)
        const ruler = RULER_ROLES.has(roleWord);
        let holders = ruler
          ? [kb.leaderOf(country, date)].filter((x): x is Person => !!x)
          : kb.holders(country, roleKinds, date);
        // South Asia's foreign secretaries are the foreign ministries' senior civil servants, not the minister
        if (roleWord === 'foreign secretary' && CIVIL_FOREIGN_SECRETARY.has(country)) holders = [];
        else if (TITLE_ONLY_ROLES.has(roleWord)) holders = kb.holders(country, roleKinds, date, titleOfRole(roleWord));
        // an office of no standard kind ("crown prince", "ambassador") is known by its title alone
        else if (roleKinds.length && roleKinds.every((k) => k === 'other'))
          holders = kb.holders(country, roleKinds, date, titleOfRole(roleWord));
        else if (holders.length > 1) {
          const t = kb.holders(country, roleKinds, date, roleWord);
          if (t.length) holders = t;
        }
        // the title itself named by an office of another kind: the Holy See's Secretary of State heads its
        // government (its foreign minister is the Secretary for Relations with States)
        if (roleWord.includes(' ') && !kb.holders(country, roleKinds, date, roleWord).length) {
          const others = (['hos', 'hog', 'fm', 'dm'] as OfficeKind[]).filter((k) => !roleKinds.includes(k));
          const titled = kb.holders(country, others, date, roleWord);
          if (titled.length === 1) holders = titled;
        }
        // "the Iranian head of state": the Supreme Leader, not the President beside him
        if (roleWord === 'head of state') {
          const ruler = kb.rulerOf(country, ['hos', 'leader'], date);
          if (ruler && (holders.length > 1 || /supreme leader/i.test(kb.officeAt(ruler, date)?.title ?? '')))
            holders = [ruler];
        }
        // a country without a prime minister: its president heads the government ("the Kenyan head of government")
        if (!holders.length && roleWord === 'head of government') holders = kb.holders(country, ['hos'], date);
        // a suspended holder and an acting one: the acting one exercises the office (and "the acting president"
        // is the acting one)
        if (holders.length > 1 || role.interim) {
          const acting = holders.filter((h) =>
            h.offices.some(
              (o) =>
                o.country === country && INTERIM_TITLE.test(o.title) && roleKinds.includes(o.kind) && inOffice(o, date),
            ),
          );
          if (acting.length === 1) holders = acting;
        }
        // past what the base knows of the post: its last holder on record, said so
        const last =
          presumeLastKnown && !holders.length && date && !ruler && roleWord !== 'minister'
            ? kb.lastKnownHolder(country, roleKinds, date)
            : undefined;
        if (holders.length === 1) {
          ref = kb.personRef(holders[0], date, roleKinds);
          reason = `${how || 'role'} at ${date ?? 'unknown date'}`;
        } else if (last) {
          ref = kb.personRef(last.p, last.o.asOf ?? date, roleKinds);
          reason = `${how || 'role'}: last holder on record (in office on ${last.o.asOf}; no change recorded since), at ${date}`;
        } else if (/delegation|side/.test(text.slice(s.end - base, s.end - base + 12))) {
          ref = kb.countryRef(kb.country(country)!);
        } else if (
          !ruler &&
          roleWord !== 'minister' &&
          (roleKinds.some((k) => k === 'hos' || k === 'hog' || k === 'fm' || k === 'dm') ||
            // a ruler's post known vacant ("the Iranian supreme leader" between two)
            (roleKinds.includes('leader') && !!kb.noOffice(country, 'leader', date)) ||
            // a post held by several together ("the members of the Bosnian presidency")
            (holders.length > 1 && JOINT_TITLE.test(titleOfRole(roleWord))))
        ) {
          // "Angola's foreign minister" on a day the base cannot name (or cannot tell between two): the office
          // holder stays a participant, named by the office, with the country
          ref = postRef(officeLabel(roleWord, kb.country(country)), country);
          const none = roleKinds.map((k) => kb.noOffice(country, k, date)).find(Boolean);
          reason = holders.length
            ? `${how || 'role'}: ${holders.length} possible holders at ${date ?? 'unknown date'}`
            : none
              ? `${how || 'role'}: no one holds this post at ${date ?? 'unknown date'} (${none})`
              : `${how || 'role'}: holder at ${date ?? 'unknown date'} not in the knowledge base`;
        }
      } else if (country && kb.organization(country)) {
        const generic = TOP_OFFICE_WORDS.has(roleWord);
        const parent = INSTITUTION_OF[country];
        let holders = kb.holders(
          parent ?? country,
          ['org'],
          date,
          generic ? undefined : (ORG_TITLE_WORD[roleWord] ?? roleWord),
        );
        // "the NATO chief", "the IAEA head": its top office, not a deputy's
        if (generic)
          holders = holders.filter((h) => !h.offices.some((o) => o.kind === 'org' && SUBORDINATE.test(o.title)));
        // "European Council President": the office whose title names that institution (and none when no one
        // held it: the European Council had no standing president before December 2009, and the Commission's is
        // not its)
        const orgName = normalizeName(kb.organization(country)!.name);
        if (holders.length > 1 || parent) {
          const named = holders.filter((h) =>
            h.offices.some((o) => o.kind === 'org' && normalizeName(o.title).includes(orgName)),
          );
          if (named.length || parent) holders = named;
        }
        // an organisation asked for itself, beside institutions of its own: its chief or head is an institution's
        // ("the AU chief" is the Commission's chairperson), its chair or president its own office ("the AU
        // chairman" is the head of state holding the rotating chair, Macky Sall in 2022)
        const institutions = Object.keys(INSTITUTION_OF)
          .filter((code) => INSTITUTION_OF[code] === country)
          .map((code) => normalizeName(kb.organization(code)?.name ?? code));
        if (institutions.length) {
          const ofInstitution = (h: Person) =>
            h.offices.some(
              (o) =>
                o.kind === 'org' &&
                o.country === country &&
                inOffice(o, date) &&
                institutions.some((name) => normalizeName(o.title).includes(name)),
            );
          holders = holders.filter((h) => (generic ? ofInstitution(h) : !ofInstitution(h)));
        }
        if (holders.length === 1) {
          ref = kb.personRef(holders[0], date, ['org']);
          reason = `${partyOf ? `the ruling party of ${partyOf}: ` : ''}organisation role at ${date ?? 'unknown date'}`;
        }
      } else if (SINGLE_STATE_ROLES[roleWord]) {
        // offices of one state only: Ireland's head of government, the Holy See's head of state
        const [state, kind] = SINGLE_STATE_ROLES[roleWord];
        const h = kb.holders(
          state,
          [kind],
          date,
          kind === 'other' || TITLE_ONLY_ROLES.has(roleWord) ? titleOfRole(roleWord) : undefined,
        );
        if (h.length === 1) {
          ref = kb.personRef(h[0], date, [kind]);
          reason = 'role at date';
        } else if (h.length > 1 && JOINT_TITLE.test(titleOfRole(roleWord))) {
          // a post one state's holders share ("the Captains Regent"): the post, whose holders the caller lists
          ref = postRef(officeLabel(roleWord, kb.country(state)), state);
          reason = `role: ${h.length} possible holders at ${date ?? 'unknown date'}`;
        }
      }
      // a bare role ("the President", "the Prime Minister"): the last person named with that office,
      // else the office holder of the publisher's country ("The Prime Minister spoke to …" on gov.uk)
      if (!ref && !country) {
        const p = recent.find((r) => {
          const o = kb.officeAt(r, date);
          return (
            o && roleKinds.includes(o.kind) && (roleWord === 'leader' || normalizeName(o.title).includes(roleWord))
          );
        });
        if (p) {
          ref = kb.personRef(p, date);
          reason = 'role of a person named earlier';
        } else if (home && roleKinds.length) {
          const h = kb.holders(home, roleKinds, date, roleWord);
          if (h.length === 1) {
            ref = kb.personRef(h[0], date);
            reason = `role in ${homeLabel} (${home}) at ${date ?? 'unknown date'}`;
          }
        }
        const bare = BARE_ROLE_STATE[roleWord];
        // (not in another country's own release: a British "Secretary of State" is one of its own)
        // (nor a "Secretary of State for …": a British minister's title)
        if (!ref && bare && (!home || home === bare[0]) && tokens[role.j]?.norm !== 'for') {
          const h = kb.holders(bare[0], [bare[1]], date);
          if (h.length === 1) {
            ref = kb.personRef(h[0], date);
            reason = `'${roleWord}' alone names the ${bare[0]} office, at ${date ?? 'unknown date'}`;
          }
        }
      }
      out.push({ sentence, ...s, kind: 'role', actor: ref, reason: reason || 'unresolved role', role: roleWord });
      a = k - 1;
      continue;
    }
    if (at.t === 'person') {
      const aideEnd = takeAide(at.i, at.j, at.person);
      if (aideEnd >= 0) {
        while (atoms[a + 1] && atoms[a + 1].i < aideEnd) a++;
        continue;
      }
      const ref = withSurface(kb.personRef(at.person, date), span(at.i, at.j).text);
      let endTok = at.j;
      if (next && (next.t === 'country' || next.t === 'org') && ofBefore(next.i) === at.j) {
        endTok = next.j;
        a++;
      }
      out.push({ sentence, ...span(at.i, endTok), kind: 'name', actor: ref, reason: 'name or alias', role: ref.role });
      if (!recent.includes(at.person)) recent.unshift(at.person);
      continue;
    }
    if (at.t === 'surname') {
      const prev = atoms[a - 1];
      const titled = prev?.t === 'hon' && prev.j === at.i;
      // "Prince Charles", "Sheikh Mohammed": a royal style names a royal, not a commoner of that surname
      const royals = titled && ROYAL_STYLE.has(tokens[prev.i].norm) ? at.cands.filter(isRoyal) : ([] as Person[]);
      // ("Prince William" is no commoner named William: a prince's style with no royal of that name names no one)
      const noRoyal = titled && PRINCE_STYLE.has(tokens[prev.i].norm) && !royals.length;
      let r: { p: Person; why: string; held?: boolean } | null = null;
      // the one bearer of the surname in the base; of several, the one who had taken office by the day ("Bhutto" in
      // 2005 is Benazir, not her son, whose first office came in 2022); one alone is theirs before any office too
      // ("Trump" in November 2016)
      const byThen = date ? at.cands.filter((c) => c.offices.some((o) => !o.start || o.start <= date)) : at.cands;
      let only = at.cands.length === 1 ? at.cands[0] : byThen.length === 1 ? byThen[0] : undefined;
      // in an article, a bare surname nobody introduced is not a bearer long out of office or years from taking it
      // ("Sharma" in 2024 is no president of India of the 1990s); a question may still ask for one ("Gorbachev")
      if (only && !presumeLastKnown && date && !nearTerm(only, date)) only = undefined;
      if (royals.length === 1) r = { p: royals[0], why: 'royal style + name' };
      else if (!noRoyal)
        r =
          personFromCands(royals.length ? royals : at.cands, null, null) ??
          // the only person of the base with that surname, in office that day or not ("Netanyahu" in 2022)
          (only && !royals.length ? { p: only, why: 'the one person of that surname' } : null);
      // a surname alone: unique in the base and long enough, or unique and its bearer in office that day ("Modi", "Xi"),
      // or of four letters or more and borne by one person in office that day ("Guterres" in 2022, not Timor-Leste's
      // Francisco Guterres; "Bush" in 2002)
      const distinctive =
        (!!only && (tokens[at.i].norm.length >= 5 || (!!date && kb.heldOfficeAt(only, date)))) ||
        (!!date && !!r?.held && tokens[at.i].norm.length >= 4);
      // a surname the document gave to someone the base does not know is theirs, unless a role names the bearer
      // ("President Biden" after "Hunter Biden") or the base's bearer was named earlier
      const shadowed =
        shadow.has(
          tokens
            .slice(at.i, at.j)
            .map((t) => t.norm)
            .join(' '),
        ) &&
        !(prev?.t === 'role' && prev.j === at.i) &&
        !r?.why.startsWith('surname of');
      if (r && !shadowed && (titled || r.why.startsWith('surname of') || distinctive)) {
        const aideEnd = takeAide(titled ? prev.i : at.i, at.j, r.p);
        if (aideEnd >= 0) {
          while (atoms[a + 1] && atoms[a + 1].i < aideEnd) a++;
          continue;
        }
        const ref = withSurface(kb.personRef(r.p, date), span(at.i, at.j).text);
        out.push({
          sentence,
          ...span(titled ? prev.i : at.i, at.j),
          kind: 'surname',
          actor: ref,
          reason: titled ? `honorific + ${r.why}` : r.why,
          role: ref.role,
        });
        if (!recent.includes(r.p)) recent.unshift(r.p);
      }
      continue;
    }
    if (at.t === 'country') {
      const c = kb.country(at.iso3)!;
      // "the Russian delegation", "the French side", "Kremlin" as an actor; a bare demonym adjective is not
      const tail = text.slice(tokens[at.j - 1].end - base, tokens[at.j - 1].end - base + 40).toLowerCase();
      if (
        at.how === 'demonym' &&
        !/^\s+(?:and\s+[\p{L}-]+\s+)?(?:delegations?|sides?|governments?|officials|authorities|negotiators|teams?)\b/u.test(
          tail,
        )
      )
        continue;
      // "the mayor of Kyiv", "the outskirts of Moscow": the city itself, no one speaking for the state
      if (at.how === 'seat' && tokens[at.i - 1]?.norm === 'of' && CITY_OF.has(tokens[at.i - 2]?.norm ?? '')) continue;
      out.push({
        sentence,
        ...span(at.i, at.j),
        kind: 'state',
        actor: kb.countryRef(c),
        reason: at.how === 'seat' ? 'metonym' : at.how,
        role: null,
      });
      continue;
    }
    if (at.t === 'org') {
      const o = kb.organization(at.code)!;
      out.push({
        sentence,
        ...span(at.i, at.j),
        kind: 'organization',
        actor: kb.orgRef(o),
        reason: 'organisation',
        role: null,
      });
    }
  }

  // "the leaders of France and Germany": each country's leader at the date, in place of the states
  const LEADERS_OF =
    /\bleaders of ((?:the )?[A-Z][\w' -]+?(?:, (?:the )?[A-Z][\w' -]+?)*,? and (?:the )?[A-Z][\w'-]+(?: [A-Z][\w'-]+)*)/g;
  for (let m = LEADERS_OF.exec(text); m; m = LEADERS_OF.exec(text)) {
    const listStart = base + m.index + m[0].length - m[1].length;
    const listEnd = base + m.index + m[0].length;
    const states = out.filter((x) => x.kind === 'state' && x.start >= listStart && x.end <= listEnd);
    const leaders = states.map((x) => (x.actor?.country ? kb.leaderOf(x.actor.country, date) : undefined));
    if (!states.length || leaders.some((l) => !l)) continue;
    states.forEach((x, k) => {
      x.kind = 'role';
      x.actor = kb.personRef(leaders[k]!, date);
      x.reason = `leader of ${x.text} at ${date ?? 'unknown date'}`;
      x.role = 'leader';
    });
  }

  // pronouns and group references
  for (const t of tokens) {
    const p = PRONOUNS[t.norm];
    if (p && !out.some((m) => m.start <= t.start && t.end <= m.end)) {
      out.push({
        sentence,
        start: t.start,
        end: t.end,
        text: t.text,
        kind: 'pronoun',
        actor: null,
        reason: p.object ? 'object pronoun' : 'pronoun',
        role: null,
        plural: p.plural,
      });
    }
  }
  for (const re of [GROUP_RE, OPEN_GROUP_RE]) {
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      const start = base + m.index;
      if (out.some((x) => x.start < start + m![0].length && start < x.end && x.kind !== 'pronoun')) continue;
      out.push({
        sentence,
        start,
        end: start + m[0].length,
        text: m[0],
        kind: 'group',
        actor: null,
        reason: re === GROUP_RE ? 'back-reference' : 'open group',
        role: null,
        plural: true,
      });
    }
  }
  return out.sort((x, y) => x.start - y.start);
}

const NO_SHADOW: ReadonlySet<string> = new Set();

/** Whether a word (normalised) is one of the words of a person's name or aliases ("tayyip" of Erdoğan's). */
function bearsNameWord(p: Person, word: string): boolean {
  return [p.name, ...p.aliases].some((n) =>
    normalizeName(n)
      .split(/[\s-]+/)
      .includes(word),
  );
}

/** "Jr."/"Sr." after a name: someone other than a bearer of the name without it ("Donald Trump Jr."). */
const GENERATION = new Set(['jr', 'sr']);
const namesGeneration = (p: Person) => /\b(?:jr|sr)\b/i.test(p.name);

/** Whether a person held an office within four years before the day, or took one within two years after it. */
function nearTerm(p: Person, date: string): boolean {
  const y = Number(date.slice(0, 4));
  const from = `${y - 4}${date.slice(4)}`;
  const to = `${y + 2}${date.slice(4)}`;
  return p.offices.some((o) => (!o.start || o.start <= to) && (!o.end || o.end >= from));
}
// capitalised words that open sentences and are no given names ("If Putin calls …", "Asked whether Biden …"),
// beside NOT_NAMES
const SENTENCE_WORDS = new Set(
  (
    'if so yet since though although because how where whether once until unless without from by to of under over ' +
    'despite last next now each every neither either some many most all such only even still just instead ' +
    'moreover indeed thus hence asked speaking following did does do will would can could should has have had is ' +
    'are was were'
  ).split(' '),
);
// a run of two or more capitalised words ("John Smith", "Hunter Biden")
const CAP_RUN = /\p{Lu}[\p{Ll}'’-]+(?:[ \u00a0]\p{Lu}[\p{Ll}'’-]+)+/gu;

/** The surnames a document gives to people the base does not know: the last word of a capitalised run that reads
 * as one unknown name ("John Smith", "Hunter Biden"), where the base knows someone of that surname. */
export function shadowSurnames(texts: readonly string[], kb: ActorBase, date: string | null): Set<string> {
  const out = new Set<string>();
  for (const text of texts) {
    CAP_RUN.lastIndex = 0;
    for (let m = CAP_RUN.exec(text); m; m = CAP_RUN.exec(text)) {
      const words = m[0].split(/[ \u00a0]/);
      const last = normalizeName(words[words.length - 1]);
      const bearers = kb.surnameCandidates(last);
      if (!bearers.length) continue;
      const tokens = wordTokens(m[0], 0);
      if (tokens.length < 2) continue;
      const atoms = atomsOf(tokens, kb, m[0], 0, date);
      const atomAt = (k: number) => atoms.find((x) => x.i <= k && k < x.j);
      const lastAtom = atomAt(tokens.length - 1);
      const prevAtom = atomAt(tokens.length - 2);
      // a given name before the surname, both unknown or read as bare surnames (not a title, a state, a known
      // person), and no bearer of the surname has that given name ("Tayyip Erdogan" is Erdoğan)
      const nameLike = (x: Atom | undefined) => x?.t === 'cap' || x?.t === 'surname';
      const given = tokens[tokens.length - 2].norm;
      if (
        nameLike(lastAtom) &&
        nameLike(prevAtom) &&
        !NOT_NAMES.has(given) &&
        !SENTENCE_WORDS.has(given) &&
        !bearers.some((p) => bearsNameWord(p, given))
      )
        out.add(tokens[tokens.length - 1].norm);
    }
  }
  return out;
}

export const actorsStage: Stage = {
  name: 'actors',
  run(a: Annotated, ctx: PipelineContext) {
    const recent: Person[] = [];
    const date = a.doc.publishedDate;
    const shadow = shadowSurnames(
      a.sentences.map((s) => s.text),
      ctx.actors,
      date,
    );
    // the title seeds who is in play ("Readout of President Biden's Call with …"), but yields no evidence
    const home = publisherCountry(a.doc.url, a.doc.source);
    if (a.doc.title) findMentions(a.doc.title, 0, -1, ctx.actors, date, recent, home, undefined, false, false, shadow);
    // mentions matter in sentences that report a contact or hold a quotation, and in the one before
    // them (pronouns, "the two leaders", bare roles look back), and in the lede, which names who is in play
    const wanted = new Set<number>([0, 1]);
    const quoteAt = /[“"]/;
    for (const t of a.triggers) for (let k = 0; k <= 1; k++) wanted.add(t.sentence - k);
    for (const s of a.sentences) if (quoteAt.test(s.text)) for (let k = 0; k <= 1; k++) wanted.add(s.index - k);
    for (const s of a.sentences) {
      if (wanted.has(s.index))
        a.mentions.push(
          ...findMentions(s.text, s.start, s.index, ctx.actors, date, recent, home, undefined, false, false, shadow),
        );
    }
  },
};

/**
 * A mention as a person types it at the CLI or in a query: read as written, and, when it has no capitals at all
 * ("the israeli prime minister", "zelensky"), as names and titles are written.
 */
export function resolveAsTyped(
  text: string,
  kb: ActorBase,
  date: string | null,
  country: string | null = null,
): ActorMention | undefined {
  return (
    resolveMention(text, kb, date, country) ??
    (/\p{Lu}/u.test(text) ? undefined : resolveMention(writtenCase(text, kb), kb, date, country))
  );
}

/**
 * What a mention standing alone names at a date: the longest resolved mention in it, with its reason. A
 * context country (the state the story is about, or the other party's) stands where an article's publisher's
 * country would: it answers a bare role ("the foreign minister") and settles a name shared across countries
 * ("President Santos" in Colombia, not Angola).
 */
export function resolveMention(
  text: string,
  kb: ActorBase,
  date: string | null,
  country: string | null = null,
): ActorMention | undefined {
  const all = findMentions(text, 0, 0, kb, date, [], country, 'the given country', true, true);
  // "Lavrov's Ukrainian counterpart", "Lavrov met his Ukrainian counterpart": the counterpart is what is asked
  const cp = all.find((m) => m.kind === 'role' && m.role?.startsWith('counterpart:'));
  const otherRef = all.find((m) => m.actor?.kind === 'person' && m.actor.personId)?.actor;
  const other = otherRef?.personId ? kb.personByQid(otherRef.personId) : undefined;
  if (cp && other) {
    const country = cp.role?.split(':')[1] ?? '';
    const c = kb.counterpart(other, country, date);
    if (c)
      return {
        ...cp,
        actor: kb.personRef(c, date),
        reason: `counterpart of ${other.name} at ${date ?? 'unknown date'}`,
      };
    // the post, where the base cannot name who held it ("Foreign Minister of the Comoros")
    const post = kb.counterpartPost(other, country, date);
    if (post)
      return {
        ...cp,
        actor: postRef(post, country),
        reason: `counterpart of ${other.name}: holder at ${date ?? 'unknown date'} not in the knowledge base`,
      };
    // (never the other side itself: "Peskov's American counterpart" is not Peskov)
    return { ...cp, actor: null, reason: `counterpart of ${other.name}: no one the knowledge base can name` };
  }
  const found = all.filter((m) => m.actor);
  // "Egypt's Sisi", "Hungary's Orbán": the state qualifies the person it is said of, who is what is asked
  const ofState = found.find(
    (m) =>
      m.actor?.kind === 'person' &&
      found.some((s) => s.actor?.kind === 'state' && /^['’]s\s+$/.test(text.slice(s.end, m.start))),
  );
  return ofState ?? found.sort((a, b) => b.end - b.start - (a.end - a.start))[0];
}
