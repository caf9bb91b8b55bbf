// Runs before the app's code has arrived: starts loading the first view's events at once, so that
// the database and the download of the app work at the same time.
import { api } from './api.js';
import { filterParams, parseState } from './view-state.js';

const state = parseState(location.search);
const params = filterParams(state);
const first: {
  key: string;
  events: ReturnType<typeof api.overview>;
  /** The answer once it has arrived: the app then draws it in its very first render. */
  value?: Awaited<ReturnType<typeof api.overview>>;
} = { key: `${params}|${state.lane.join('\u0001')}|0`, events: api.overview(params) };
first.events.then(
  (v) => {
    first.value = v;
  },
  () => {}, // the app reports a failure when it uses the answer
);
(globalThis as { parleyFirstView?: typeof first }).parleyFirstView = first;
