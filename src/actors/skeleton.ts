// The skeleton of a name: what is left when the spellings that languages and transliterations disagree on are
// made one ("Lukaschenko" and "Lukashenko", "Janukowitsch" and "Yanukovych", "Qaddafi" and "Gaddafi", "Poutine"
// and "Putin", "Muhammad" and "Mohammed", "Nazarbaev" and "Nazarbayev"). Used only when a name is not found as written.
import { ARABIC_ARTICLE, normalizeName } from '../util/text.js';

// the given name the wires spell a dozen ways
const MUHAMMAD = /^m[ou]h[ae]?m+[ae]d$/;

/** The skeleton of one word (already lower case, without diacritics). */
function wordSkeleton(w: string): string {
  if (MUHAMMAD.test(w)) return 'muhamad';
  let s = w
    .replace(/[^a-z]/g, '')
    // German "dsch" and Russian "zh" for the English j ("Ahmadinedschad", "Zhaparov"); "gh" for g ("Erdoghan")
    .replace(/dsch/g, 'j')
    .replace(/zh/g, 'j')
    .replace(/gh/g, 'g')
    .replace(/tsch/g, 'ch')
    .replace(/sch/g, 'sh')
    .replace(/ph/g, 'f')
    .replace(/ou/g, 'u')
    .replace(/[kc]h/g, 'h')
    .replace(/dh/g, 'd')
    .replace(/[qgc]/g, 'k')
    .replace(/x/g, 'ks')
    .replace(/w/g, 'v')
    .replace(/z/g, 's')
    .replace(/[jy]/g, 'i')
    .replace(/(.)\1+/g, '$1')
    // a y between vowels that one spelling writes and another leaves out ("Nazarbayev", "Nazarbaev")
    .replace(/([aeiou])i(?=[aeou])/g, '$1')
    // an initial Russian "ye" the French and German spellings write "e" ("Eltsine", "Yeltsin")
    .replace(/^ie/, 'e');
  // a French or German spelling's closing e ("Poutine")
  if (s.length > 4 && s.endsWith('e') && !/[aeiou]e$/.test(s)) s = s.slice(0, -1);
  return s;
}

/** The skeleton of a name of one or more words ("Volodimir Zelenski" → "volodimir selenski"). */
export function nameSkeleton(name: string): string {
  return normalizeName(name)
    .split(/\s+/)
    .flatMap((w) => w.replace(ARABIC_ARTICLE, '').split('-'))
    .map(wordSkeleton)
    .filter(Boolean)
    .join(' ');
}
