const HELP = `parley — a verified timeline of diplomatic contacts

Usage:
  parley extract INPUTS… [--json] [--published YYYY-MM-DD] [--anchors FILE] [--jobs N]
      Read articles (.txt .md .html .jsonl, directories, or - for JSON Lines on stdin) and print
      the contacts they report, merged across documents. --json prints the record set. --jobs:
      threads (default one per core, at most 8; the output is the same with any number).
  parley eval GOLD.json INPUTS… [--verbose]
      Extract and score against a gold file (same figures as shared/eval/score.mjs).
  parley actors resolve "MENTION" [--date YYYY-MM-DD|YYYY-MM|YYYY] [--country ISO3] [--of NAME] [--json]
      Who a name, alias or role refers to at a date ("the Israeli Prime Minister", "Zelenskiy"),
      with the term of office it rests on; over a month or a year, everyone who held it, in order;
      --of names the other side of "his Ukrainian counterpart".
  parley actors show QID|NAME | search TEXT | add "NAME" --country ISO3 [--wikidata Q…]
                [--alias A]… [--office kind:Title:START:END]…
      A person's offices with dates; find people; add your own (kept in the data directory).
  parley actors coverage [YEAR|YYYY-MM-DD]… [--missing hos|hog|fm|dm] [--json]
      How many countries the base can name a head of state, of government, a foreign and a
      defence minister for on each day, and (--missing) which it cannot.

The store (embedded PGlite in --db DIR, PARLEY_DB or ./parley-data; or PostgreSQL with
--database-url URL or DATABASE_URL):
  parley ingest INPUTS… [--published YYYY-MM-DD] [--json]
      Store new documents and merge their contacts into the events (already stored: skipped).
  parley events [--actor NAME|QID]… [--between FROM..TO] [--mode M] [--status S] [--source S]
                [--text "…"] [--limit N] [--offset N] [--json]
  parley timeline --actor NAME|QID [--between FROM..TO] [--json]
  parley actors [--top N] [--between FROM..TO] [--json]      who meets whom
  parley quotes [--speaker NAME|QID] [--event ID] [--json]
  parley show EVENT_ID [--json]                              the dossier of one event
  parley export --format json|jsonl|csv|plover|cameo
  parley serve [--port 8080] [--host 127.0.0.1]              the HTTP API (PARLEY_TOKEN enables POST)
  parley help
`;

/** The usage of one command ("parley actors --help"): its entries of HELP, each with its continuation lines. */
function helpFor(cmd: string): string {
  const blocks: string[][] = [];
  for (const line of HELP.split('\n')) {
    if (line.startsWith('  parley ')) blocks.push([line]);
    else if (line.startsWith('    ') && blocks.length) blocks[blocks.length - 1].push(line);
    else blocks.push([]);
  }
  const mine = blocks.filter((b) => b[0]?.startsWith(`  parley ${cmd} `) || b[0] === `  parley ${cmd}`);
  return mine.length ? `Usage:\n${mine.map((b) => b.join('\n')).join('\n')}\n` : HELP;
}

async function main(argv: string[]): Promise<number> {
  const [cmd, ...rest] = argv;
  // "parley actors --help", "parley events -h": that command's usage
  if (cmd && HELP.includes(`  parley ${cmd} `) && rest.some((a) => a === '--help' || a === '-h')) {
    process.stdout.write(helpFor(cmd));
    return 0;
  }
  switch (cmd) {
    // each command loads only its own modules: the actor questions never load the NLP model or the store
    case 'extract':
      return (await import('./extract.js')).runExtract(rest);
    case 'eval':
      return (await import('./eval.js')).runEval(rest);
    case 'actors':
      return ['resolve', 'show', 'search', 'add', 'coverage'].includes(rest[0])
        ? (await import('./actors.js')).runActors(rest)
        : (await import('./query.js')).runActorsTop(rest);
    case 'ingest':
      return (await import('./ingest.js')).runIngest(rest);
    case 'events':
      return (await import('./query.js')).runEvents(rest);
    case 'timeline':
      return (await import('./query.js')).runTimeline(rest);
    case 'quotes':
      return (await import('./query.js')).runQuotes(rest);
    case 'show':
      return (await import('./query.js')).runShow(rest);
    case 'export':
      return (await import('./export.js')).runExport(rest);
    case 'serve':
      return (await import('./serve.js')).runServe(rest);
    case undefined:
    case 'help':
    case '--help':
    case '-h':
      process.stdout.write(HELP);
      return 0;
    default:
      process.stderr.write(`parley: unknown command '${cmd}'\n\n${HELP}`);
      return 2;
  }
}

// a reader that stops early (`| head`) is not an error
process.stdout.on('error', (e: NodeJS.ErrnoException) => {
  if (e.code === 'EPIPE') process.exit(0);
  throw e;
});

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (e: unknown) => {
    process.stderr.write(`parley: ${(e as Error).message}\n`);
    process.exitCode = 1;
  },
);
