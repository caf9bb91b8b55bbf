// Identity of actor references: how two mentions are known to name the same actor.
import type { ActorRef } from './types.js';

/** The key an actor is known by: its Wikidata id, else its name (persons) or country/organisation code. */
export function actorKey(r: ActorRef): string {
  return r.wikidata ?? (r.kind === 'person' ? `p:${r.name.toLowerCase()}` : `${r.kind}:${r.country ?? r.name}`);
}

/** One reference per actor; of two, the one carrying the article's spelling of the name. */
export function uniq(refs: ActorRef[]): ActorRef[] {
  const byKey = new Map<string, ActorRef>();
  for (const r of refs) {
    const k = actorKey(r);
    const had = byKey.get(k);
    if (!had) byKey.set(k, r);
    else if (!had.surface && r.surface) byKey.set(k, { ...had, surface: r.surface });
  }
  return [...byKey.values()];
}
