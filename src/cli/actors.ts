import { parseArgs } from 'node:util';
import { ActorBase } from '../actors/base.js';
import { findMentions } from '../pipeline/stages/actors.js';

export async function runActors(args: string[]): Promise<number> {
  const [sub, ...rest] = args;
  if (sub !== 'resolve') {
    process.stderr.write('usage: parley actors resolve "MENTION" [--date YYYY-MM-DD] [--json]\n');
    return 2;
  }
  const { values, positionals } = parseArgs({
    args: rest,
    allowPositionals: true,
    options: { date: { type: 'string' }, json: { type: 'boolean' } },
  });
  const mention = positionals.join(' ');
  if (!mention) {
    process.stderr.write('parley actors resolve: give a mention, e.g. "the French President"\n');
    return 2;
  }
  const date = values.date ?? new Date().toISOString().slice(0, 10);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) {
    process.stderr.write(`parley actors resolve: --date must be YYYY-MM-DD, got '${date}'\n`);
    return 2;
  }
  const kb = ActorBase.load();
  const found = findMentions(mention, 0, 0, kb, date, []).filter((m) => m.actor);
  const best = found.sort((a, b) => b.end - b.start - (a.end - a.start))[0];
  if (values.json) {
    process.stdout.write(
      `${JSON.stringify(best ? { mention, date, actor: best.actor, reason: best.reason } : { mention, date, actor: null }, null, 1)}\n`,
    );
  } else if (best?.actor) {
    const a = best.actor;
    process.stdout.write(
      `${a.name}${a.wikidata ? ` (${a.wikidata})` : ''} — ${a.role ?? a.kind}${a.country ? `, ${a.country}` : ''}\nreason: ${best.reason}\n`,
    );
  } else {
    process.stdout.write(`no actor found for '${mention}' at ${date}\n`);
  }
  return best ? 0 : 1;
}
