// Everything known about one contact: who, when (and why that date), how, every report with its
// evidence highlighted, quotes by speaker, and where the reports disagree.
import { useEffect, useState } from 'preact/hooks';
import { api, type Dossier as DossierData, type QuoteRecord } from '../api.js';
import { formatDate, MODE_LABEL, STATUS_COLOR } from '../model.js';
import { Evidence } from './Evidence.js';

/** Only web addresses become links: a `javascript:` URL from an article is shown as text. */
export function safeHref(url: string | null | undefined): string | null {
  return url && /^https?:\/\//i.test(url) ? url : null;
}

function bySpeaker(quotes: QuoteRecord[]): Array<[string, QuoteRecord[]]> {
  const m = new Map<string, QuoteRecord[]>();
  for (const q of quotes) {
    const k = q.speaker?.name ?? 'Unattributed';
    m.set(k, [...(m.get(k) ?? []), q]);
  }
  return [...m.entries()];
}

export function Dossier(props: { id: string; onClose: () => void; onDocument: (id: string) => void }) {
  const [data, setData] = useState<DossierData | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    setData(null);
    setError(null);
    api.dossier(props.id).then(setData, (e: Error) => setError(e.message));
  }, [props.id]);

  return (
    <aside class="dossier" aria-label="Event dossier" data-event={props.id}>
      <div class="dossier-head">
        <button type="button" class="close" onClick={props.onClose} aria-label="Close the dossier">
          ×
        </button>
        {error && <p class="error">{error}</p>}
        {!data && !error && <p class="muted">Loading…</p>}
        {data && (
          <h2>
            {data.event.participants.map((p, i) => (
              <span key={`${p.name}-${i}`}>
                {i > 0 && <span class="sep"> · </span>}
                {p.name}
              </span>
            ))}
          </h2>
        )}
      </div>
      {data && <DossierBody data={data} onDocument={props.onDocument} />}
    </aside>
  );
}

/** The initiator by name: a participant's, or the base's label for a Wikidata id, with the id. */
function initiator(data: DossierData) {
  const ini = data.event.initiator;
  if (!ini) return <span class="muted">not reported</span>;
  const p = data.event.participants.find((x) => x.wikidata === ini || x.name === ini);
  const name = p?.name ?? data.labels?.[ini] ?? ini;
  return (
    <>
      {name}
      {/^Q\d+$/.test(ini) && name !== ini && <span class="muted"> ({ini})</span>}
    </>
  );
}

function DossierBody({ data, onDocument }: { data: DossierData; onDocument: (id: string) => void }) {
  const e = data.event;
  const docTitle = new Map(data.reports.map((r) => [r.document.id, r.document.title ?? r.document.id]));
  return (
    <div class="dossier-body">
      <p>
        <span class="status-badge" style={{ background: STATUS_COLOR[e.status] }}>
          {e.status}
        </span>{' '}
        <span class={`mode-badge mode-${e.mode}`}>{MODE_LABEL[e.mode]}</span>{' '}
        <span class="muted">confidence {e.confidence.toFixed(2)}</span>
      </p>
      <dl class="facts">
        <dt>Date</dt>
        <dd>
          <strong class="date">{formatDate(e.date)}</strong>
          <div class="basis">
            {e.date.basis}
            {e.date.precision !== 'day' && `, ${e.date.precision}`}
            {e.date.explanation && <>: {e.date.explanation}</>}
          </div>
        </dd>
        <dt>Participants</dt>
        <dd>
          <ul class="participants">
            {e.participants.map((p, i) => (
              <li key={`${p.name}-${i}`}>
                {p.name}
                {p.role && <span class="muted">, {p.role}</span>}
                {p.country && <span class="muted"> ({p.country})</span>}{' '}
                {p.wikidata && (
                  <a
                    href={`https://www.wikidata.org/wiki/${encodeURIComponent(p.wikidata)}`}
                    target="_blank"
                    rel="noopener noreferrer"
                    class="qid"
                  >
                    {p.wikidata}
                  </a>
                )}
              </li>
            ))}
          </ul>
        </dd>
        <dt>Initiator</dt>
        <dd>{initiator(data)}</dd>
        {e.duration_minutes !== null && (
          <>
            <dt>Duration</dt>
            <dd>{e.duration_minutes} minutes</dd>
          </>
        )}
        {e.topics.length > 0 && (
          <>
            <dt>Topics</dt>
            <dd>{e.topics.join('; ')}</dd>
          </>
        )}
        <dt>Event id</dt>
        <dd>
          <code>{e.id}</code>
        </dd>
      </dl>

      {e.conflicts.length > 0 && (
        <section class="conflicts">
          <h3>Reports disagree</h3>
          <ul>
            {e.conflicts.map((c) => (
              <li key={c.field}>
                <strong>{c.field}</strong>: {c.values.join(' vs ')}{' '}
                <span class="muted">({c.documents.map((d) => docTitle.get(d) ?? d).join('; ')})</span>
              </li>
            ))}
          </ul>
        </section>
      )}

      <section>
        <h3>
          {data.reports.length} report{data.reports.length === 1 ? '' : 's'}
        </h3>
        {data.reports.map((r) => {
          const href = safeHref(r.document.url);
          return (
            <article class="report" key={r.document.id}>
              <header>
                <button type="button" class="link doc-title" onClick={() => onDocument(r.document.id)}>
                  {r.document.title ?? r.document.id}
                </button>
                <div class="muted">
                  {r.document.source ?? 'unknown source'} · published {r.document.published ?? 'unknown'}
                  {href && (
                    <>
                      {' · '}
                      <a href={href} target="_blank" rel="noopener noreferrer">
                        original
                      </a>
                    </>
                  )}
                </div>
              </header>
              {r.mentions.map((m) => (
                <div class="mention" key={`${m.start}`}>
                  <Evidence document={m.document} start={m.start} end={m.end} sentence={m.sentence} />
                  {m.attributed_to && <div class="muted">according to {m.attributed_to}</div>}
                </div>
              ))}
            </article>
          );
        })}
      </section>

      {data.quotes.length > 0 && (
        <section>
          <h3>Quotes</h3>
          {bySpeaker(data.quotes).map(([speaker, qs]) => (
            <div class="speaker" key={speaker}>
              <h4>{speaker}</h4>
              {qs.map((q) => (
                <blockquote class="quote" key={`${q.document}-${q.start}`}>
                  {q.text}
                  <footer class="muted">{docTitle.get(q.document) ?? q.document}</footer>
                </blockquote>
              ))}
            </div>
          ))}
        </section>
      )}
    </div>
  );
}
