// The view as the URL holds it: filters, the open tab, the open event or document (no UI code here).

export type Tab = 'timeline' | 'network' | 'search' | 'add';

export interface ViewState {
  actors: string[];
  between: string;
  mode: string;
  status: string;
  source: string;
  text: string;
  tab: Tab;
  /** Lanes the user chose (names or Wikidata ids); none means the most frequent actors. */
  lane: string[];
  lanes: 'actor' | 'country';
  event: string | null;
  doc: string | null;
  q: string;
  pair: string | null;
}

const TABS: Tab[] = ['timeline', 'network', 'search', 'add'];

export function parseState(search: string): ViewState {
  const p = new URLSearchParams(search);
  const tab = p.get('tab') as Tab | null;
  return {
    actors: p.getAll('actor').filter((a) => a.trim()),
    between: p.get('between') ?? '',
    mode: p.get('mode') ?? '',
    status: p.get('status') ?? '',
    source: p.get('source') ?? '',
    text: p.get('text') ?? '',
    tab: tab && TABS.includes(tab) ? tab : 'timeline',
    lane: p.getAll('lane').filter((a) => a.trim()),
    lanes: p.get('lanes') === 'country' ? 'country' : 'actor',
    event: p.get('event'),
    doc: p.get('doc'),
    q: p.get('q') ?? '',
    pair: p.get('pair'),
  };
}

export function toSearch(s: ViewState): string {
  const p = filterParams(s);
  if (s.tab !== 'timeline') p.set('tab', s.tab);
  for (const l of s.lane) p.append('lane', l);
  if (s.lanes !== 'actor') p.set('lanes', s.lanes);
  if (s.q) p.set('q', s.q);
  if (s.pair) p.set('pair', s.pair);
  if (s.event) p.set('event', s.event);
  if (s.doc) p.set('doc', s.doc);
  const q = p.toString();
  return q ? `?${q}` : '';
}

/** The API's filter parameters for a view (the same names as the CLI's flags). */
export function filterParams(s: ViewState): URLSearchParams {
  const p = new URLSearchParams();
  for (const a of s.actors) p.append('actor', a);
  if (s.between) p.set('between', s.between);
  if (s.mode) p.set('mode', s.mode);
  if (s.status) p.set('status', s.status);
  if (s.source) p.set('source', s.source);
  if (s.text) p.set('text', s.text);
  return p;
}
