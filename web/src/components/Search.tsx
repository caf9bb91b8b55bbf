// Search across events (their evidence), quotes and documents.
import { useEffect, useState } from 'preact/hooks';
import { api, type SearchResult } from '../api.js';
import { formatDate, MODE_LABEL } from '../model.js';

export function Search(props: {
  q: string;
  onQuery: (q: string) => void;
  onEvent: (id: string) => void;
  onDocument: (id: string) => void;
}) {
  const [draft, setDraft] = useState(props.q);
  const [res, setRes] = useState<SearchResult | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    setDraft(props.q);
    if (props.q.trim().length < 2) {
      setRes(null);
      return;
    }
    const ac = new AbortController();
    setError(null);
    api.search(props.q, ac.signal).then(setRes, (e: Error) => e.name !== 'AbortError' && setError(e.message));
    return () => ac.abort();
  }, [props.q]);
  return (
    <section class="search">
      <form
        onSubmit={(e) => {
          e.preventDefault();
          props.onQuery(draft.trim());
        }}
      >
        <input
          type="search"
          name="q"
          value={draft}
          placeholder="Search events, quotes and articles"
          onInput={(e) => setDraft((e.target as HTMLInputElement).value)}
        />
        <button type="submit">Search</button>
      </form>
      {error && <p class="error">{error}</p>}
      {res && (
        <div class="results">
          <h3>
            Events <span class="muted">({res.events_total})</span>
          </h3>
          {!res.events.length && <p class="muted">No event's evidence mentions “{res.q}”.</p>}
          <ul class="hits">
            {res.events.map((e) => (
              <li key={e.id}>
                <button type="button" class="link" onClick={() => props.onEvent(e.id)}>
                  {formatDate(e.date)} · {MODE_LABEL[e.mode]} · {e.participants.map((p) => p.name).join(' · ')}
                </button>
                <span class="muted"> {e.status}</span>
                <div class="snippet">
                  {
                    (e.mentions.find((m) => m.sentence.toLowerCase().includes(res.q.toLowerCase())) ?? e.mentions[0])
                      ?.sentence
                  }
                </div>
              </li>
            ))}
          </ul>
          <h3>
            Quotes <span class="muted">({res.quotes.length})</span>
          </h3>
          <ul class="hits">
            {res.quotes.map((q) => (
              <li key={`${q.document}-${q.start}`}>
                <blockquote class="quote">{q.text}</blockquote>
                <span class="muted">{q.speaker?.name ?? 'unattributed'} </span>
                {q.event && (
                  <button type="button" class="link" onClick={() => props.onEvent(q.event!)}>
                    the contact
                  </button>
                )}
              </li>
            ))}
          </ul>
          <h3>
            Articles <span class="muted">({res.documents.length})</span>
          </h3>
          <ul class="hits">
            {res.documents.map((d) => (
              <li key={d.id}>
                <button type="button" class="link" onClick={() => props.onDocument(d.id)}>
                  {d.title ?? d.id}
                </button>
                <span class="muted">
                  {' '}
                  {d.source ?? ''} {d.published ?? ''}
                </span>
                <div class="snippet">{d.excerpt}</div>
              </li>
            ))}
          </ul>
        </div>
      )}
    </section>
  );
}
