// The Parley web app: filters in the URL, a timeline or network of the contacts they select, a list,
// and a side panel with an event's dossier or an article.
import { useCallback, useEffect, useMemo, useState } from 'preact/hooks';
import { api, type Health } from './api.js';
import { AddArticles } from './components/AddArticles.js';
import { DocumentView } from './components/DocumentView.js';
import { Dossier } from './components/Dossier.js';
import { EventList } from './components/EventList.js';
import { Filters } from './components/Filters.js';
import { NetworkChart } from './components/NetworkChart.js';
import { Search } from './components/Search.js';
import { TimelineChart } from './components/TimelineChart.js';
import { actorKey, autoLanes, type CompactEvent, type Lane, laneLabel, MODE_LABEL, MODE_SYMBOL } from './model.js';
import { filterParams, type Tab, useViewState, type ViewState } from './url-state.js';

const TAB_LABEL: Record<Tab, string> = {
  timeline: 'Timeline',
  network: 'Network',
  search: 'Search',
  add: 'Add articles',
};
const SHAPE: Record<string, string> = { circle: '●', diamond: '◆', rect: '■', triangle: '▲', emptyCircle: '○' };

interface Loaded {
  key: string;
  total: number;
  truncated: boolean;
  events: CompactEvent[];
  lanes: Lane[] | null;
}

// The first view's events, asked for by boot.ts before this code arrived (or now, without it).
type FirstView = {
  key: string;
  events: ReturnType<typeof api.overview>;
  value?: Awaited<ReturnType<typeof api.overview>>;
};
const first: FirstView | null = (globalThis as { parleyFirstView?: FirstView }).parleyFirstView ?? null;

/** The filtered events, and the user's own lanes (each fetched with the filter plus that actor). */
function useOverview(state: ViewState, version: number) {
  const key = `${filterParams(state)}|${state.lane.join('\u0001')}|${version}`;
  // the first view's events may have arrived before this code: then they are drawn in the first render
  const [data, setData] = useState<Loaded | null>(() =>
    first?.value && first.key === key && !state.lane.length
      ? { key, total: first.value.total, truncated: first.value.truncated, events: first.value.events, lanes: null }
      : null,
  );
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    if (data?.key === key) return;
    const ac = new AbortController();
    setError(null);
    const base = filterParams(state);
    const overview = first?.key === key ? first.events : api.overview(base, ac.signal);
    const lanes = Promise.all(
      state.lane.map(async (who) => {
        const p = new URLSearchParams(base);
        p.append('actor', who);
        const r = await api.overview(p, ac.signal);
        return { key: who, label: laneLabel(who, r.events), events: r.events };
      }),
    );
    Promise.all([overview, lanes]).then(
      ([all, chosen]) => {
        performance.mark('parley:overview-loaded');
        setData({
          key,
          total: all.total,
          truncated: all.truncated,
          events: all.events,
          lanes: chosen.length ? chosen : null,
        });
      },
      (e: Error) => e.name !== 'AbortError' && setError(e.message),
    );
    return () => ac.abort();
  }, [key]);
  return { data: data?.key === key ? data : null, stale: data, error };
}

export function App() {
  const [state, update] = useViewState();
  const [health, setHealth] = useState<Health | null>(null);
  const [version, setVersion] = useState(0);
  useEffect(() => {
    // after the first overview: the database answers one query at a time, and the view comes first
    (version === 0 && first ? first.events.catch(() => null) : Promise.resolve())
      .then(() => api.health())
      .then(setHealth, () => setHealth(null));
  }, [version]);
  const { data, stale, error } = useOverview(state, version);
  const shown = data ?? stale;
  const lanes = useMemo(
    () => (shown ? (shown.lanes ?? autoLanes(shown.events, state.lanes)) : []),
    [shown, state.lanes],
  );
  const open = useCallback((id: string) => update({ event: id, doc: null }), []);
  const openDoc = useCallback((id: string) => update({ doc: id, event: null }), []);

  // the network's selection: a pair (edge) or one actor (node)
  const pairEvents = useMemo(() => {
    if (!shown || !state.pair) return null;
    const keys = state.pair.split('|');
    return shown.events.filter((e) => keys.every((k) => e.participants.some((p) => actorKey(p) === k)));
  }, [shown, state.pair]);

  const panel = state.event ? 'event' : state.doc ? 'doc' : null;
  return (
    <div class={`app${panel ? ' with-panel' : ''}`}>
      <header class="top">
        <h1>
          <a
            href="/"
            onClick={(e) => {
              e.preventDefault();
              update({ ...blank });
            }}
          >
            Parley
          </a>
        </h1>
        <nav class="tabs" aria-label="Views">
          {(Object.keys(TAB_LABEL) as Tab[]).map((t) => (
            <button
              type="button"
              key={t}
              class={state.tab === t ? 'active' : ''}
              aria-current={state.tab === t ? 'page' : undefined}
              onClick={() => update({ tab: t })}
            >
              {TAB_LABEL[t]}
            </button>
          ))}
        </nav>
        {health && (
          <span class="counts muted">
            {health.events.toLocaleString('en')} contacts · {health.documents.toLocaleString('en')} articles ·{' '}
            {health.quotes.toLocaleString('en')} quotes
          </span>
        )}
      </header>

      <main>
        {(state.tab === 'timeline' || state.tab === 'network') && (
          <>
            <Filters key={`${state.between}|${state.text}|${state.source}`} state={state} update={update} />
            {error && <p class="error filter-error">{error}</p>}
            {shown && (
              <p class="summary" data-loading={data ? undefined : 'true'}>
                <strong>{shown.total.toLocaleString('en')}</strong> contact{shown.total === 1 ? '' : 's'} match
                {shown.truncated && ` (the first ${shown.events.length.toLocaleString('en')} are drawn)`}
                {state.tab === 'timeline' && (
                  <span class="legend-modes">
                    {Object.entries(MODE_SYMBOL).map(([m, s]) => (
                      <span key={m}>
                        {SHAPE[s]} {MODE_LABEL[m as keyof typeof MODE_LABEL]}
                      </span>
                    ))}
                  </span>
                )}
              </p>
            )}
            {!shown && !error && <p class="summary muted">Loading contacts…</p>}
            {shown && shown.total === 0 && (
              <p class="empty">
                No contacts match. {health?.events === 0 && 'The store is empty: run `npx parley ingest FILES…` first.'}
              </p>
            )}
            {(!shown || shown.total > 0) && !error && state.tab === 'timeline' && (
              <>
                {/* drawn empty while the events load: the chart library readies itself meanwhile */}
                <TimelineChart lanes={lanes} onOpen={open} />
                {shown && <EventList events={shown.events} onOpen={open} selected={state.event} />}
              </>
            )}
            {shown && shown.total > 0 && state.tab === 'network' && (
              <>
                <NetworkChart
                  events={shown.events}
                  onPair={(a, b) => update({ pair: `${a}|${b}` })}
                  onActor={(k) => update({ pair: k })}
                />
                {pairEvents && (
                  <div class="pair">
                    <h3>
                      {pairEvents.length} contact{pairEvents.length === 1 ? '' : 's'} of the selection{' '}
                      <button type="button" class="link" onClick={() => update({ pair: null })}>
                        clear
                      </button>
                    </h3>
                    <EventList events={pairEvents} onOpen={open} selected={state.event} />
                  </div>
                )}
              </>
            )}
          </>
        )}
        {state.tab === 'search' && (
          <Search q={state.q} onQuery={(q) => update({ q })} onEvent={open} onDocument={openDoc} />
        )}
        {state.tab === 'add' && (
          <AddArticles enabled={!!health?.ingest} onEvent={open} onAdded={() => setVersion((v) => v + 1)} />
        )}
      </main>

      {state.event && <Dossier id={state.event} onClose={() => update({ event: null })} onDocument={openDoc} />}
      {!state.event && state.doc && <DocumentView id={state.doc} onClose={() => update({ doc: null })} />}
    </div>
  );
}

const blank: Partial<ViewState> = {
  actors: [],
  lane: [],
  between: '',
  mode: '',
  status: '',
  source: '',
  text: '',
  tab: 'timeline',
  event: null,
  doc: null,
  q: '',
  pair: null,
};
