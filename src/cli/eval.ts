import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { type Gold, score, scoreLine } from '../eval/score.js';
import { extract } from '../extract.js';

export async function runEval(args: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: { verbose: { type: 'boolean', short: 'v' } },
  });
  const [goldPath, ...inputs] = positionals;
  if (!goldPath || !inputs.length) {
    process.stderr.write('usage: parley eval GOLD.json INPUTS… [--verbose]\n');
    return 2;
  }
  let gold: Gold;
  try {
    gold = JSON.parse(readFileSync(goldPath, 'utf8')) as Gold;
  } catch (e) {
    process.stderr.write(`${goldPath}: cannot read gold file (${(e as Error).message})\n`);
    return 2;
  }
  const { records, errors } = await extract(inputs, { onError: (e) => process.stderr.write(`error: ${e.message}\n`) });
  const s = score(gold, records);
  if (values.verbose) process.stdout.write(`${s.lines.join('\n')}\n`);
  process.stdout.write(`${scoreLine(s)}\n`);
  // how many of the people taking part in the extracted contacts are linked to Wikidata
  const people = new Map<string, string | null>();
  for (const e of records.events)
    for (const p of e.participants) if (p.kind === 'person') people.set(p.wikidata ?? `name:${p.name}`, p.wikidata);
  const linked = [...people.values()].filter(Boolean).length;
  process.stdout.write(
    `persons=${people.size} with_wikidata=${linked} (${people.size ? Math.round((100 * linked) / people.size) : 0}%)\n`,
  );
  if (values.verbose) for (const [k, q] of people) if (!q) process.stdout.write(`  no Wikidata id: ${k.slice(5)}\n`);
  return errors.length ? 1 : 0;
}
