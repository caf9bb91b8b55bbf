import { runActors } from './actors.js';
import { runEval } from './eval.js';
import { runExtract } from './extract.js';

const HELP = `parley — a verified timeline of diplomatic contacts

Usage:
  parley extract INPUTS… [--json] [--published YYYY-MM-DD] [--anchors FILE]
      Read articles (.txt .md .html .jsonl, directories, or - for JSON Lines on stdin) and print
      the contacts they report, merged across documents. --json prints the record set.
  parley eval GOLD.json INPUTS… [--verbose]
      Extract and score against a gold file (same figures as shared/eval/score.mjs).
  parley actors resolve "MENTION" [--date YYYY-MM-DD] [--json]
      Who a name, alias or role refers to at a date.
  parley help
`;

async function main(argv: string[]): Promise<number> {
  const [cmd, ...rest] = argv;
  switch (cmd) {
    case 'extract':
      return runExtract(rest);
    case 'eval':
      return runEval(rest);
    case 'actors':
      return runActors(rest);
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

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (e: unknown) => {
    process.stderr.write(`parley: ${(e as Error).message}\n`);
    process.exitCode = 1;
  },
);
