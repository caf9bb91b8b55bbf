import * as chrono from 'chrono-node';

/** The calendar day of a published value ("2022-01-10 12:16:10-05:00" → "2022-01-10"), in the publisher's zone. */
export function publishedDay(value: string | null | undefined): string | null {
  if (!value) return null;
  const s = String(value).trim();
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(s);
  if (m) return `${m[1]}-${m[2]}-${m[3]}`;
  const r = chrono.strict.parse(s)[0];
  if (r?.start.isCertain('day') && r.start.isCertain('year')) {
    const c = r.start;
    return `${c.get('year')}-${String(c.get('month')).padStart(2, '0')}-${String(c.get('day')).padStart(2, '0')}`;
  }
  return null;
}

/** A dateline at the start of a plain-text article: "KYIV, March 18, 2022 (Reuters) —" or "March 18, 2022 —". */
export function datelineDay(text: string): { day: string; text: string } | null {
  const head = text.slice(0, 200).split('\n')[0];
  const m =
    /^\s*(?:[A-Z][A-Za-z .'-]{1,40},\s*)?((?:\w+day,?\s+)?(?:\d{1,2}\s+[A-Z][a-z]+\.?|[A-Z][a-z]+\.?\s+\d{1,2}),?\s+\d{4})\s*(?:\([^)]{1,40}\))?\s*[-—–:]/.exec(
      head,
    );
  if (!m) return null;
  const day = publishedDay(m[1]);
  return day ? { day, text: m[0] } : null;
}

/** The latest fully dated expression in the text, for documents that carry no date at all. */
export function inferPublished(text: string): string | null {
  let best: string | null = null;
  for (const r of chrono.strict.parse(text.slice(0, 20000))) {
    const c = r.start;
    if (!c.isCertain('year') || !c.isCertain('day')) continue;
    const d = `${c.get('year')}-${String(c.get('month')).padStart(2, '0')}-${String(c.get('day')).padStart(2, '0')}`;
    if (!best || d > best) best = d;
  }
  return best;
}
