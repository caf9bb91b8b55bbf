// Read-only queries on the store: events, timeline, actors (who meets whom), quotes, show (a dossier).
import { parseArgs } from 'node:util';
import { actorArg, isActor, parseBetween } from '../query-args.js';
import { CONTACT_MODES, EVENT_STATUSES } from '../records/types.js';
import type { EventFilter } from '../store/store.js';
import { eventTable } from './format.js';
import { openStore, STORE_OPTIONS } from './store-flags.js';

const FILTER_OPTIONS = {
  actor: { type: 'string', multiple: true },
  between: { type: 'string' },
  mode: { type: 'string' },
  status: { type: 'string' },
  source: { type: 'string' },
  text: { type: 'string' },
  limit: { type: 'string' },
  offset: { type: 'string' },
  json: { type: 'boolean' },
} as const;

function count(s: string | undefined, name: string, def: number): number {
  if (s === undefined) return def;
  const n = Number(s);
  if (!Number.isInteger(n) || n < 0) throw new Error(`--${name} must be a whole number, got '${s}'`);
  return n;
}

export function filterFrom(values: {
  actor?: string[];
  between?: string;
  mode?: string;
  status?: string;
  source?: string;
  text?: string;
  limit?: string;
  offset?: string;
}): EventFilter {
  if (values.mode && !(CONTACT_MODES as readonly string[]).includes(values.mode))
    throw new Error(`--mode must be one of ${CONTACT_MODES.join(', ')}`);
  if (values.status && !(EVENT_STATUSES as readonly string[]).includes(values.status))
    throw new Error(`--status must be one of ${EVENT_STATUSES.join(', ')}`);
  return {
    actors: (values.actor ?? []).map((a) => actorArg(a)),
    ...(values.between ? parseBetween(values.between) : {}),
    mode: values.mode,
    status: values.status,
    source: values.source,
    text: values.text,
    limit: count(values.limit, 'limit', 1000),
    offset: count(values.offset, 'offset', 0),
  };
}

export async function runEvents(args: string[]): Promise<number> {
  const { values } = parseArgs({ args, options: { ...STORE_OPTIONS, ...FILTER_OPTIONS } });
  const filter = filterFrom(values);
  const store = await openStore(values);
  try {
    const { total, events } = await store.events(filter);
    if (values.json) process.stdout.write(`${JSON.stringify({ parley: 1, total, events }, null, 1)}\n`);
    else process.stdout.write(`${eventTable(events)}\n\n${events.length} of ${total} events\n`);
    return 0;
  } finally {
    await store.close();
  }
}

export async function runTimeline(args: string[]): Promise<number> {
  const { values } = parseArgs({ args, options: { ...STORE_OPTIONS, ...FILTER_OPTIONS } });
  if (!values.actor?.length) throw new Error('parley timeline needs --actor NAME|QID');
  const filter = filterFrom(values);
  const who = actorArg(values.actor[0]);
  const store = await openStore(values);
  try {
    const { events } = await store.contacts({ status: 'occurred', ...filter });
    const days = events.map((e) => ({
      day: e.date.start === e.date.end ? e.date.start : `${e.date.start ?? '…'}..${e.date.end ?? '…'}`,
      mode: e.mode,
      status: e.status,
      event: e.id,
      counterparts: e.participants.filter((p) => !isActor(p, who)).map((p) => ({ name: p.name, wikidata: p.wikidata })),
    }));
    if (values.json) process.stdout.write(`${JSON.stringify({ actor: who.label, contacts: days }, null, 1)}\n`);
    else {
      process.stdout.write(`Contacts of ${who.label}\n`);
      for (const d of days)
        process.stdout.write(
          `${(d.day ?? '?').padEnd(22)} ${d.mode.padEnd(11)} ${d.counterparts.map((c) => c.name).join(', ')}  [${d.event}]\n`,
        );
      process.stdout.write(`\n${days.length} contacts\n`);
    }
    return 0;
  } finally {
    await store.close();
  }
}

export async function runActorsTop(args: string[]): Promise<number> {
  const { values } = parseArgs({
    args,
    options: { ...STORE_OPTIONS, top: { type: 'string' }, between: { type: 'string' }, json: { type: 'boolean' } },
  });
  const top = count(values.top, 'top', 20);
  const range = values.between ? parseBetween(values.between) : {};
  const store = await openStore(values);
  try {
    const pairs = await store.pairs({ top, ...range });
    if (values.json) process.stdout.write(`${JSON.stringify(pairs, null, 1)}\n`);
    else {
      process.stdout.write(`${'CONTACTS'.padEnd(9)}${'FIRST'.padEnd(12)}${'LAST'.padEnd(12)}PAIR\n`);
      for (const p of pairs)
        process.stdout.write(
          `${String(p.contacts).padEnd(9)}${(p.first ?? '?').padEnd(12)}${(p.last ?? '?').padEnd(12)}${p.a} — ${p.b}\n`,
        );
    }
    return 0;
  } finally {
    await store.close();
  }
}

export async function runQuotes(args: string[]): Promise<number> {
  const { values } = parseArgs({
    args,
    options: {
      ...STORE_OPTIONS,
      speaker: { type: 'string' },
      event: { type: 'string' },
      limit: { type: 'string' },
      json: { type: 'boolean' },
    },
  });
  const store = await openStore(values);
  try {
    const quotes = await store.quotes({
      speaker: values.speaker ? actorArg(values.speaker) : undefined,
      event: values.event,
      limit: count(values.limit, 'limit', 1000),
    });
    if (values.json) process.stdout.write(`${JSON.stringify(quotes, null, 1)}\n`);
    else
      for (const q of quotes)
        process.stdout.write(
          `${q.speaker?.name ?? '(unattributed)'}: “${q.text}”  [${q.document}${q.event ? `, ${q.event}` : ''}]\n`,
        );
    return 0;
  } finally {
    await store.close();
  }
}

export async function runShow(args: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: { ...STORE_OPTIONS, json: { type: 'boolean' } },
  });
  const id = positionals[0];
  if (!id) throw new Error('usage: parley show EVENT_ID [--json]');
  const store = await openStore(values);
  try {
    const d = await store.dossier(id);
    if (!d) {
      process.stderr.write(`parley show: no event '${id}'\n`);
      return 1;
    }
    if (values.json) {
      process.stdout.write(`${JSON.stringify(d, null, 1)}\n`);
      return 0;
    }
    const e = d.event;
    const out: string[] = [];
    out.push(`${e.id}  ${e.status}  ${e.mode}  confidence ${e.confidence}`);
    out.push(
      `date: ${e.date.start ?? '?'}${e.date.end && e.date.end !== e.date.start ? `..${e.date.end}` : ''} (${e.date.precision}, ${e.date.basis}${e.date.explanation ? `: ${e.date.explanation}` : ''})`,
    );
    out.push('participants:');
    for (const p of e.participants)
      out.push(
        `  - ${p.name}${p.wikidata ? ` (${p.wikidata})` : ''}${p.role ? `, ${p.role}` : ''}${p.country ? ` [${p.country}]` : ''}`,
      );
    if (e.initiator) out.push(`initiator: ${e.initiator}`);
    if (e.duration_minutes) out.push(`duration: ${e.duration_minutes} minutes`);
    if (e.topics.length) out.push(`topics: ${e.topics.join('; ')}`);
    for (const c of e.conflicts)
      out.push(`CONFLICT in ${c.field}: ${c.values.join(' vs ')} (documents ${c.documents.join(', ')})`);
    out.push(`reports (${d.reports.length}):`);
    for (const r of d.reports) {
      out.push(
        `  ${r.document.id}  ${r.document.published ?? '?'}  ${r.document.source ?? ''}  ${r.document.title ?? ''}`,
      );
      for (const m of r.mentions)
        out.push(
          `    [${m.start}-${m.end}]${m.attributed_to ? ` (according to ${m.attributed_to})` : ''} ${m.sentence}`,
        );
    }
    if (d.quotes.length) out.push('quotes:');
    for (const q of d.quotes) out.push(`  ${q.speaker?.name ?? '(unattributed)'}: “${q.text}”`);
    process.stdout.write(`${out.join('\n')}\n`);
    return 0;
  } finally {
    await store.close();
  }
}
