// Add articles over the API (POST /api/documents): pasted text or an HTML/text file. Needs the token.
import { useState } from 'preact/hooks';
import { api } from '../api.js';

type Result = { id: string; title?: string; stored: boolean; reason?: string; events: string[] };

export function AddArticles(props: { enabled: boolean; onEvent: (id: string) => void; onAdded: () => void }) {
  const [token, setToken] = useState(() => sessionStorage.getItem('parley-token') ?? '');
  const [title, setTitle] = useState('');
  const [published, setPublished] = useState('');
  const [source, setSource] = useState('');
  const [text, setText] = useState('');
  const [files, setFiles] = useState<File[]>([]);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [results, setResults] = useState<Result[] | null>(null);

  if (!props.enabled)
    return (
      <section class="add">
        <p>
          This server is read-only. Start it with <code>PARLEY_TOKEN=… npx parley serve</code> to add articles from
          here.
        </p>
      </section>
    );

  const submit = async (e: Event) => {
    e.preventDefault();
    setError(null);
    setResults(null);
    const meta = Object.fromEntries(Object.entries({ title, published, source }).filter(([, v]) => v.trim())) as Record<
      string,
      string
    >;
    const docs: Array<Record<string, string>> = [];
    if (text.trim()) docs.push({ ...meta, text });
    for (const f of files) {
      const body = await f.text();
      const isHtml = /\.html?$/i.test(f.name) || /^\s*<(?:!doctype|html)/i.test(body);
      docs.push({ ...(files.length === 1 && !text.trim() ? meta : {}), id: f.name, [isHtml ? 'html' : 'text']: body });
    }
    if (!docs.length) return setError('Paste an article or choose a file.');
    setBusy(true);
    try {
      sessionStorage.setItem('parley-token', token);
      const r = await api.addDocuments(token, docs);
      setResults(r.documents.map((d, i) => ({ ...d, title: docs[i]?.title ?? docs[i]?.id })));
      props.onAdded();
    } catch (err) {
      setError((err as Error).message);
    } finally {
      setBusy(false);
    }
  };

  return (
    <section class="add">
      <form onSubmit={submit}>
        <label class="field">
          <span>Token</span>
          <input
            type="password"
            name="token"
            value={token}
            autocomplete="off"
            onInput={(e) => setToken((e.target as HTMLInputElement).value)}
          />
        </label>
        <div class="row">
          <label class="field">
            <span>Title</span>
            <input name="title" value={title} onInput={(e) => setTitle((e.target as HTMLInputElement).value)} />
          </label>
          <label class="field">
            <span>Published</span>
            <input
              name="published"
              type="date"
              value={published}
              onInput={(e) => setPublished((e.target as HTMLInputElement).value)}
            />
          </label>
          <label class="field">
            <span>Source</span>
            <input name="source" value={source} onInput={(e) => setSource((e.target as HTMLInputElement).value)} />
          </label>
        </div>
        <label class="field">
          <span>Article text</span>
          <textarea
            name="text"
            rows={10}
            value={text}
            placeholder="Paste the article here"
            onInput={(e) => setText((e.target as HTMLTextAreaElement).value)}
          />
        </label>
        <label class="field">
          <span>…or files (.html, .txt)</span>
          <input
            type="file"
            name="files"
            multiple
            accept=".html,.htm,.txt,.md,text/html,text/plain"
            onChange={(e) => setFiles([...((e.target as HTMLInputElement).files ?? [])])}
          />
        </label>
        <button type="submit" disabled={busy}>
          {busy ? 'Adding…' : 'Add'}
        </button>
      </form>
      {error && <p class="error">{error}</p>}
      {results && (
        <ul class="add-results">
          {results.map((r) => (
            <li key={r.id}>
              <strong>{r.title ?? r.id}</strong>: {r.stored ? 'stored' : `skipped (${r.reason})`}
              {r.events.length > 0 && ', contacts: '}
              {r.events.map((id) => (
                <button type="button" class="link" key={id} onClick={() => props.onEvent(id)}>
                  {id}{' '}
                </button>
              ))}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
