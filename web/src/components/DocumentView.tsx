// One stored article, as text (never as HTML), with the contacts found in it.
import { useEffect, useState } from 'preact/hooks';
import { api, type DocumentRecord } from '../api.js';
import { safeHref } from './Dossier.js';

export function DocumentView(props: { id: string; onClose: () => void }) {
  const [doc, setDoc] = useState<(DocumentRecord & { text: string }) | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    setDoc(null);
    api.document(props.id).then(setDoc, (e: Error) => setError(e.message));
  }, [props.id]);
  const href = safeHref(doc?.url);
  return (
    <aside class="dossier document-view" aria-label="Article" data-document={props.id}>
      <div class="dossier-head">
        <button type="button" class="close" onClick={props.onClose} aria-label="Close the article">
          ×
        </button>
        {error && <p class="error">{error}</p>}
        {doc && <h2 class="doc-heading">{doc.title ?? doc.id}</h2>}
        {doc && (
          <p class="muted">
            {doc.source ?? 'unknown source'} · published {doc.published ?? 'unknown'} ({doc.published_basis})
            {href ? (
              <>
                {' · '}
                <a href={href} target="_blank" rel="noopener noreferrer">
                  original
                </a>
              </>
            ) : (
              doc.url && <> · {doc.url}</>
            )}
          </p>
        )}
      </div>
      {doc && <div class="article-text">{doc.text}</div>}
    </aside>
  );
}
