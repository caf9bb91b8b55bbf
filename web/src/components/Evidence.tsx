// A report's evidence: the paragraph around the sentence, the sentence highlighted. Article text is
// untrusted and is only ever rendered as text nodes (never as HTML).
import { useEffect, useState } from 'preact/hooks';
import { api } from '../api.js';

const texts = new Map<string, Promise<string>>();
function documentText(id: string): Promise<string> {
  let t = texts.get(id);
  if (!t) {
    t = api.document(id).then((d) => d.text);
    texts.set(id, t);
  }
  return t;
}

/** The paragraph (blank-line bounded, at most ~700 characters either side) holding [start, end). */
export function excerptAround(text: string, start: number, end: number): { from: number; to: number } {
  let from = text.lastIndexOf('\n\n', start);
  from = from < 0 ? 0 : from + 2;
  let to = text.indexOf('\n\n', end);
  to = to < 0 ? text.length : to;
  return { from: Math.max(from, start - 700), to: Math.min(to, end + 700) };
}

export function Evidence(props: { document: string; start: number; end: number; sentence: string }) {
  const [text, setText] = useState<string | null>(null);
  const [full, setFull] = useState(false);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    documentText(props.document).then(setText, (e: Error) => setError(e.message));
  }, [props.document]);
  if (error) return <blockquote class="evidence">{props.sentence}</blockquote>;
  if (text === null) return <blockquote class="evidence loading">{props.sentence}</blockquote>;
  const { from, to } = full ? { from: 0, to: text.length } : excerptAround(text, props.start, props.end);
  return (
    <div>
      <blockquote class={`evidence${full ? ' full' : ''}`}>
        {from > 0 && '… '}
        {text.slice(from, props.start)}
        <mark class="evidence-sentence">{text.slice(props.start, props.end)}</mark>
        {text.slice(props.end, to)}
        {to < text.length && ' …'}
      </blockquote>
      <button type="button" class="link" onClick={() => setFull(!full)}>
        {full ? 'Show the excerpt' : 'Show the whole article'}
      </button>
    </div>
  );
}
