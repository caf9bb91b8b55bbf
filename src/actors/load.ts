// The actor base as Parley uses it: the built-in base with the user's own actors merged over it. Kept apart from the
// extraction pipeline so that the actor commands load only the base.
import { ActorBase } from './base.js';
import { readUserActors, userActorsPath } from './user.js';

/** The built-in actor base with the user's own actors merged over it. */
export function loadActors(userFile = userActorsPath()): ActorBase {
  const kb = ActorBase.load();
  const mine = readUserActors(userFile);
  if (mine.length) kb.extend(mine);
  return kb;
}
