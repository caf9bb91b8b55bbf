import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';

export interface HtmlExtract {
  text: string;
  title: string | null;
  url: string | null;
  source: string | null;
  published: string | null;
}

const BLOCKS = 'p, h1, h2, h3, h4, h5, h6, li, blockquote, pre, figcaption, td';

function blockText(root: ParentNode): string {
  const parts: string[] = [];
  for (const el of Array.from(root.querySelectorAll(BLOCKS))) {
    // skip blocks nested in another listed block (their text is already counted)
    if (el.parentElement?.closest(BLOCKS)) continue;
    const t = (el.textContent ?? '').replace(/\s+/g, ' ').trim();
    if (t) parts.push(t);
  }
  return parts.join('\n\n');
}

function jsonLdDate(document: Document): string | null {
  for (const s of Array.from(document.querySelectorAll('script[type="application/ld+json"]'))) {
    try {
      const data = JSON.parse(s.textContent ?? '');
      const items = Array.isArray(data) ? data : data['@graph'] ? data['@graph'] : [data];
      for (const it of items) if (it && typeof it.datePublished === 'string') return it.datePublished;
    } catch {
      // malformed JSON-LD is common on the web; other date sources still apply
    }
  }
  return null;
}

/** Main text and metadata of an HTML article. Text is taken as plain text: markup never survives. */
export function extractHtml(html: string): HtmlExtract {
  const { document } = parseHTML(html);
  const meta = (sel: string) => document.querySelector(sel)?.getAttribute('content')?.trim() || null;
  const published =
    meta('meta[property="article:published_time"]') ??
    meta('meta[name="article:published_time"]') ??
    jsonLdDate(document as unknown as Document) ??
    document.querySelector('time[datetime]')?.getAttribute('datetime') ??
    meta('meta[name="date"]') ??
    meta('meta[name="pubdate"]');
  const title = meta('meta[property="og:title"]') ?? (document.querySelector('title')?.textContent?.trim() || null);
  const url = document.querySelector('link[rel="canonical"]')?.getAttribute('href') ?? meta('meta[property="og:url"]');
  const source = meta('meta[property="og:site_name"]');
  // "Headline | Site" / "Headline - Site": drop the site name from the title
  const cleanTitle =
    title && source
      ? title.replace(new RegExp(`\\s+[|–—-]\\s+${source.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\s*$`), '')
      : title;
  let text = '';
  try {
    const article = new Readability(document as unknown as Document).parse();
    if (article?.content) {
      const inner = parseHTML(`<!doctype html><html><body>${article.content}</body></html>`).document;
      text = blockText(inner.body as unknown as ParentNode) || (article.textContent ?? '').trim();
    }
  } catch {
    // fall through to the plain body text below
  }
  if (!text) {
    const again = parseHTML(html).document;
    for (const el of Array.from(again.querySelectorAll('script, style, noscript'))) el.remove();
    text =
      blockText(again.body as unknown as ParentNode) || (again.body?.textContent ?? '').replace(/\s+/g, ' ').trim();
  }
  return { text, title: cleanTitle, url, source, published };
}
