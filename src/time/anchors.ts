import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export interface Anchor {
  id: string;
  date: string;
  patterns: string[];
}

export function loadAnchors(extraFile?: string): Anchor[] {
  const here = dirname(fileURLToPath(import.meta.url));
  const read = (f: string) => (JSON.parse(readFileSync(f, 'utf8')) as { anchors: Anchor[] }).anchors;
  const base = read(join(here, '..', '..', '..', 'data', 'anchors.json'));
  return extraFile ? [...read(extraFile), ...base] : base;
}
