// A mention typed in lower case (at the CLI, in a query), written as names and titles are, so that the resolver,
// which reads capitals as a text's names, can read it.
import type { ActorBase } from './base.js';
import { NAME_PARTICLES } from './roles.js';

// words that stay in lower case inside a name or a title ("the Prime Minister of the United Kingdom", "von der Leyen")
const LOWER_WORDS = new Set(['the', 'of', 'and', 'for', 'a', 'an', 'in', 'on', 'at', 'to', 'with', ...NAME_PARTICLES]);

/** A mention typed all in lower case, written as a name or title is: "the israeli prime minister" → "the Israeli
 * Prime Minister", "nato chief" → "NATO Chief", "mr macron" → "Mr Macron". */
export function writtenCase(text: string, kb: ActorBase): string {
  return text.replace(/\p{L}[\p{L}\p{M}]*/gu, (w, at: number) => {
    const short = kb.caseSensitiveForm(w);
    if (short) return short;
    // (a word after an apostrophe is a possessive's "s", and a particle stays as it is, but not at the start)
    if (text[at - 1] === "'" || text[at - 1] === '’' || (at > 0 && LOWER_WORDS.has(w))) return w;
    return w[0].toUpperCase() + w.slice(1);
  });
}
