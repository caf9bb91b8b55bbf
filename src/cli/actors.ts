// parley actors resolve | show | search | add: the knowledge base from the command line.
import { parseArgs } from 'node:util';
import { type ActorBase, inOffice, stateExists } from '../actors/base.js';
import { loadActors } from '../actors/load.js';
import { JOINT_TITLE, titleFits, titleOfRole } from '../actors/roles.js';
import type { OfficeKind, Person } from '../actors/types.js';
import { addUserActor, userActorsPath } from '../actors/user.js';
import { NEXT_HOLDER_REASON, resolveAsTyped } from '../pipeline/stages/actors.js';
import { parseBetween } from '../query-args.js';
import { normalizeName } from '../util/text.js';

const USAGE = `usage:
  parley actors resolve "MENTION" [--date YYYY-MM-DD|YYYY-MM|YYYY] [--country ISO3] [--of NAME] [--json]
      (--of: the other participant, for "his Ukrainian counterpart")
  parley actors show QID|NAME [--json]
  parley actors search TEXT [--date YYYY-MM-DD] [--json]
  parley actors add "NAME" --country ISO3 [--wikidata Q…] [--alias A]… [--office kind:Title:START:END]…
  parley actors coverage [YEAR|YYYY-MM-DD]… [--missing hos|hog|fm|dm] [--json]
`;

function describe(kb: ActorBase, p: Person, date: string | null): string {
  const o = kb.officeAt(p, date);
  return `${p.name}${p.wikidata ? ` (${p.wikidata})` : ''}${o ? ` — ${kb.roleLabel(o)}` : ''} [${p.country}]`;
}

export async function runActors(args: string[]): Promise<number> {
  const [sub, ...rest] = args;
  const { values, positionals } = parseArgs({
    args: rest,
    allowPositionals: true,
    options: {
      date: { type: 'string' },
      json: { type: 'boolean' },
      country: { type: 'string' },
      wikidata: { type: 'string' },
      alias: { type: 'string', multiple: true },
      office: { type: 'string', multiple: true },
      missing: { type: 'string' },
      of: { type: 'string' },
    },
  });
  const text = positionals.join(' ').trim();
  if (sub === 'coverage') return coverage(positionals, values.missing, !!values.json);
  if (!['resolve', 'show', 'search', 'add'].includes(sub) || !text) {
    process.stderr.write(USAGE);
    return 2;
  }
  // a day; for resolve also a year or a month ("--date 2019": who held it over the year)
  const span = sub === 'resolve' && values.date ? spanOf(values.date) : null;
  if (values.date && !span && !isDay(values.date)) {
    process.stderr.write(
      `parley actors: --date must be a day YYYY-MM-DD${sub === 'resolve' ? ', a month YYYY-MM or a year YYYY' : ''}, got '${values.date}'\n`,
    );
    return 2;
  }
  const date = span ? span.from : (values.date ?? new Date().toISOString().slice(0, 10));
  const out = (data: unknown, human: string) =>
    process.stdout.write(values.json ? `${JSON.stringify(data, null, 1)}\n` : `${human}\n`);

  if (sub === 'add') {
    if (!values.country)
      throw new Error('parley actors add needs --country ISO3 (or an organisation code such as NATO)');
    const offices = (values.office ?? []).map((o) => {
      const [kind, title, start, end] = o.split(':');
      return { kind, title, start: start || null, end: end || null };
    });
    const file = userActorsPath();
    const p = addUserActor(file, {
      name: text,
      country: values.country,
      wikidata: values.wikidata ?? null,
      aliases: values.alias ?? [],
      offices,
    });
    out(p, `added ${p.name} (${p.wikidata ?? p.id}) to ${file}`);
    return 0;
  }

  const kb = loadActors();
  if (sub === 'show') {
    const p = /^Q\d+$/.test(text)
      ? kb.personByQid(text)
      : kb.persons.find((x) => [x.name, ...x.aliases].some((n) => normalizeName(n) === normalizeName(text)));
    if (!p) {
      process.stderr.write(`parley actors show: no person '${text}'\n`);
      return 1;
    }
    const offices = [...p.offices].sort((a, b) => (a.start ?? '').localeCompare(b.start ?? ''));
    out(
      { ...p, offices },
      [
        `${p.name}${p.wikidata ? ` (${p.wikidata})` : ''} [${p.country}]`,
        p.aliases.length ? `aliases: ${p.aliases.join('; ')}` : '',
        ...offices.map(
          (o) =>
            `  ${(o.start ?? '?').padEnd(10)} – ${(o.end ?? (o.asOf ? '?' : 'now')).padEnd(10)}  ${kb.roleLabel(o)}  (${o.source}${o.asOf ? (o.end ? `; held on ${o.asOf}` : `; held on ${o.asOf}, end unknown`) : ''})`,
        ),
      ]
        .filter(Boolean)
        .join('\n'),
    );
    return 0;
  }
  if (sub === 'search') {
    const q = normalizeName(text);
    const found = kb.persons.filter((p) => [p.name, ...p.aliases].some((n) => normalizeName(n).includes(q)));
    // nothing as written: the same name in another spelling ("Lukaschenko")
    const hits = (found.length ? found : kb.skeletonCandidates(q.split(/\s+/))).slice(0, 50);
    out(
      hits.map((p) => ({ id: p.id, name: p.name, wikidata: p.wikidata, country: p.country })),
      hits.map((p) => describe(kb, p, date)).join('\n') || `no person matches '${text}'`,
    );
    return hits.length ? 0 : 1;
  }
  // resolve: the person (or state, organisation) a mention names at the date, with the reason
  const context = values.country?.toUpperCase() ?? null;
  if (context && !kb.country(context) && !kb.organization(context)) {
    process.stderr.write(
      `parley actors resolve: --country takes an ISO 3166 alpha-3 code (FRA, UKR…), got '${values.country}'\n`,
    );
    return 2;
  }
  // "his Ukrainian counterpart" --of Lavrov: the counterpart of the other participant named
  // (a counterpart with no country in the words takes --country's: "his counterpart" --of Blinken --country CHN)
  const state = context ? kb.country(context) : undefined;
  const bare = text.replace(/^(?:his|her|their|the)\s+/i, '');
  const word = /^counterparts?$/i.test(bare) && state ? `${state.demonyms[0] ?? state.name} ${bare}` : bare;
  const asked = values.of ? `${values.of}'s ${word}` : text;
  // a question typed in lower case ("the israeli prime minister", "nato chief") is read as a name would be written
  const answer = (day: string) => resolveAsTyped(asked, kb, day, context);
  if (span) {
    // over a year or a month: the answer on its first day and on every day an office began or ended in it
    const spells = holdersOver(kb, span, answer);
    out(
      { mention: text, from: span.from, to: span.to, holders: spells },
      spells.length
        ? `'${text}' from ${span.from} to ${span.to}:\n${spells
            .map(
              (x) =>
                `  ${x.from} – ${x.to}  ${x.actor ? `${x.actor.name}${x.actor.wikidata ? ` (${x.actor.wikidata})` : ''}${x.actor.role ? ` — ${x.actor.role}` : ''}` : '(no one the base can name)'}`,
            )
            .join('\n')}`
        : `no actor found for '${text}' from ${span.from} to ${span.to}`,
    );
    return spells.some((x) => x.actor) ? 0 : 1;
  }
  const best = answer(date);
  // a name the base could not pin to one person ("King Abdullah" in 2010): say who could be meant
  const unpinned = best?.actor?.kind === 'person' && !best.actor.personId;
  if (!best?.actor || unpinned) {
    // (the mention's last name-like word: "Brussels said" is not about anyone called Said)
    const lastName = (text.match(/\p{Lu}[\p{L}\p{M}'’-]*/gu) ?? []).pop() ?? text.split(/\s+/).pop() ?? '';
    const sur = kb.surnameCandidates(normalizeName(lastName));
    const inOffice = sur.filter((p) => kb.heldOfficeAt(p, date));
    // of them, those whose office the mention's title names ("King": the kings)
    const title = unpinned ? (best?.actor?.role ?? '') : '';
    const titled = title ? inOffice.filter((p) => titleFits(title, kb.officeAt(p, date)?.title ?? '')) : [];
    const cands = titled.length > 1 ? titled : inOffice.length ? inOffice : unpinned ? [] : sur;
    if (cands.length > 1) {
      out(
        {
          mention: text,
          date,
          actor: null,
          ambiguous: cands.map((p) => ({ name: p.name, wikidata: p.wikidata, country: p.country })),
        },
        `'${text}' at ${date} is ambiguous:\n${cands.map((p) => `  ${describe(kb, p, date)}`).join('\n')}`,
      );
      return 1;
    }
    if (!best?.actor) {
      out({ mention: text, date, actor: null }, `no actor found for '${text}' at ${date}`);
      return 1;
    }
  }
  // an office the base knows more than one holder of on the day: a post held jointly (Andorra's
  // co-princes, San Marino's Captains Regent) is answered with both; otherwise the holders are listed
  if (unpinned && best.actor.country && /possible holders/.test(best.reason)) {
    const word = titleOfRole(normalizeName((best.actor.role ?? '').replace(/ of .*$/, '')));
    const kinds: OfficeKind[] = ['hos', 'hog', 'fm', 'dm', 'leader', 'other'];
    let holders = kb.holders(best.actor.country, kinds, date, word);
    // a plural names the holders of a joint post ("the co-princes", "the Captains Regent")
    if (holders.length < 2 && JOINT_TITLE.test(word))
      holders = kb.holders(best.actor.country, kinds, date, word.replace(/s\b/g, ''));
    // a holder by a joint title there that day (Macron is Andorra's co-prince as France's president)
    const country = best.actor.country;
    const jointThere = (p: Person) =>
      p.offices.some((o) => o.country === country && inOffice(o, date) && JOINT_TITLE.test(o.title));
    // "the co-prime ministers", "the Sammarinese head of state": the holders of the post whose titles say it is
    // held jointly
    if (holders.length < 2 && (JOINT_TITLE.test(word) || word === 'head of state'))
      holders = kb.holders(country, kinds, date).filter(jointThere);
    if (holders.length > 1) {
      // (the mention's word, "co-prince", or every holder's title: "the Nicaraguan President" since 2025)
      const joint = JOINT_TITLE.test(word) || holders.every(jointThere);
      out(
        {
          mention: text,
          date,
          actor: null,
          [joint ? 'holders' : 'ambiguous']: holders.map((p) => ({
            name: p.name,
            wikidata: p.wikidata,
            country: p.country,
          })),
        },
        `'${text}' at ${date} ${joint ? 'is held jointly by' : 'is ambiguous:'}\n${holders.map((p) => `  ${describe(kb, p, date)}`).join('\n')}`,
      );
      return joint ? 0 : 1;
    }
  }
  const a = best.actor;
  // the evidence behind the answer: the term of office it rests on (with its source) and the state's ids
  const p = a.personId ? kb.personByQid(a.personId) : undefined;
  // (the term it rests on: the one under way that day, or for a post's next holder the one that begins next)
  const next = best.reason.startsWith(NEXT_HOLDER_REASON);
  const term = p?.offices
    .filter((o) => kb.roleLabel(o) === a.role && (o.start ?? '') > date === next)
    .sort((x, y) => (next ? 1 : -1) * (x.start ?? '').localeCompare(y.start ?? ''))[0];
  const office = term
    ? {
        title: kb.roleLabel(term),
        kind: term.kind,
        start: term.start,
        end: term.end,
        ...(term.asOf ? { heldOn: term.asOf } : {}),
        source: term.source,
      }
    : null;
  const ofState = a.country ? kb.country(a.country) : undefined;
  const country = ofState ? { iso3: ofState.iso3, wikidata: ofState.wikidata, name: ofState.name } : null;
  const termLine = office
    ? `\noffice: ${office.title}, ${office.start ?? '?'} – ${office.end ?? (office.heldOn ? `? (held on ${office.heldOn})` : 'now')} (${office.source})`
    : '';
  out(
    { mention: text, date, actor: a, office, country, reason: best.reason },
    `${a.name}${a.wikidata ? ` (${a.wikidata})` : ''} — ${a.role ?? a.kind}${a.country ? `, ${a.country}${ofState?.wikidata ? ` (${ofState.wikidata})` : ''}` : ''}${termLine}\nreason: ${best.reason}`,
  );
  return 0;
}

const KINDS = ['hos', 'hog', 'fm', 'dm'] as const;
const KIND_LABEL: Record<(typeof KINDS)[number], string> = {
  hos: 'head of state',
  hog: 'head of government',
  fm: 'foreign minister',
  dm: 'defence minister',
};

/**
 * How much of the world the base can name: for each day, the countries with a known head of state, head
 * of government, foreign and defence minister (a country with no prime minister counts as one without).
 */
function coverage(args: string[], missing: string | undefined, json: boolean): number {
  const days = (args.length ? args : ['1995', '2005', '2015', '2021', '2024']).map((a) =>
    /^\d{4}$/.test(a) ? `${a}-06-01` : a,
  );
  const bad = days.find((d) => !/^\d{4}-\d{2}-\d{2}$/.test(d));
  if (bad) {
    process.stderr.write(`parley actors coverage: a day is YYYY or YYYY-MM-DD, got '${bad}'\n`);
    return 2;
  }
  if (missing && !(KINDS as readonly string[]).includes(missing)) {
    process.stderr.write(`parley actors coverage: --missing takes one of ${KINDS.join(', ')}, got '${missing}'\n`);
    return 2;
  }
  const kb = loadActors();
  const rows = KINDS.map((kind) => ({
    kind,
    days: days.map((day) => {
      // states of the day: the Soviet Union counts in 1990, not in 1995
      const states = kb.countries.filter((c) => stateExists(c, day));
      // a state without such a post (no army, no prime minister) is counted apart, not as a gap
      const noPost = states.filter((c) => kb.noOffice(c.iso3, kind, day)).map((c) => c.iso3);
      const without = states
        .filter((c) => !noPost.includes(c.iso3) && kb.holders(c.iso3, [kind], day).length === 0)
        .map((c) => c.iso3);
      const withPost = states.length - noPost.length;
      // of those, the ones a role still answers with the last holder on record, presumed in office (its term known
      // only up to a day within LAST_KNOWN_DAYS, no successor on record)
      const presumed = without.filter((iso3) => kb.lastKnownHolder(iso3, [kind], day)).length;
      return {
        day,
        countries: states.length,
        withPost,
        withHolder: withPost - without.length,
        presumed,
        without,
        noPost,
      };
    }),
  }));
  if (json) {
    process.stdout.write(`${JSON.stringify(rows, null, 1)}\n`);
    return 0;
  }
  const width = Math.max(...Object.values(KIND_LABEL).map((l) => l.length));
  const lines = [
    'states with a known holder on the day, of the states of that day that have the post (+N: more that',
    "'parley actors resolve' answers with the last holder on record, presumed still in office)",
    `${''.padEnd(width)}  ${days.map((d) => d.padStart(16)).join('  ')}`,
    `${'states that day'.padEnd(width)}  ${rows[0].days.map((d) => String(d.countries).padStart(16)).join('  ')}`,
    ...rows.map(
      (r) =>
        `${KIND_LABEL[r.kind].padEnd(width)}  ${r.days
          .map((d) => `${d.withHolder}/${d.withPost}${d.presumed ? ` (+${d.presumed})` : ''}`.padStart(16))
          .join('  ')}`,
    ),
  ];
  if (missing) {
    const r = rows.find((x) => x.kind === missing);
    for (const d of r?.days ?? [])
      lines.push('', `no ${KIND_LABEL[missing as (typeof KINDS)[number]]} on ${d.day}:`, d.without.join(' '));
  }
  process.stdout.write(`${lines.join('\n')}\n`);
  return 0;
}

/** Whether a string is a real calendar day (2019-02-29 is not). */
function isDay(d: string): boolean {
  const t = Date.parse(`${d}T00:00:00Z`);
  return /^\d{4}-\d{2}-\d{2}$/.test(d) && !Number.isNaN(t) && new Date(t).toISOString().slice(0, 10) === d;
}

/** The first and last day of a year ("2019") or a month ("2019-06"). */
function spanOf(d: string): { from: string; to: string } | null {
  if (!/^\d{4}(?:-(?:0[1-9]|1[0-2]))?$/.test(d)) return null;
  const { from, to } = parseBetween(d);
  return from && to ? { from, to } : null;
}

type Answer = ReturnType<typeof resolveAsTyped>;
interface Spell {
  from: string;
  to: string;
  actor: { name: string; wikidata: string | null; role: string | null } | null;
}

/** Who a mention named over a span: its answer on the first day and on each day an office of the base began or
 * ended within it, as consecutive spells. */
function holdersOver(kb: ActorBase, span: { from: string; to: string }, answer: (day: string) => Answer): Spell[] {
  const days = new Set<string>([span.from]);
  for (const p of kb.persons)
    for (const o of p.offices)
      for (const d of [o.start, o.end]) if (d && d.length === 10 && d > span.from && d <= span.to) days.add(d);
  const spells: Spell[] = [];
  for (const day of [...days].sort()) {
    const a = answer(day)?.actor;
    const actor = a ? { name: a.name, wikidata: a.wikidata, role: a.role } : null;
    const prev = spells[spells.length - 1];
    if (prev && (prev.actor?.wikidata ?? prev.actor?.name) === (actor?.wikidata ?? actor?.name)) continue;
    if (prev) prev.to = day;
    spells.push({ from: day, to: span.to, actor });
  }
  return spells;
}
