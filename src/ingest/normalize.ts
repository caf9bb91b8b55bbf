import { createHash } from 'node:crypto';
import type { PublishedBasis } from '../records/types.js';
import type { Document } from './document.js';
import { InputError } from './document.js';
import { datelineDay, inferPublished, publishedDay } from './published.js';
import { hostOf } from './publisher.js';

export interface RawDocument {
  id?: string | null;
  text: string;
  title?: string | null;
  url?: string | null;
  source?: string | null;
  published?: string | null;
  origin: string;
}

export interface NormalizeOptions {
  /** --published: the date for inputs that carry none. */
  defaultPublished?: string | null;
}

/** Unifies line endings and white space so offsets are stable; keeps paragraph breaks. */
export function normalizeText(text: string): string {
  // most inputs need nothing but a trim: check once before six rewrites
  if (!/[\uFEFF\r\u00A0\u2009\u202F<]|[ \t]\n|\n{3}/.test(text)) return text.trim();
  return text
    .replace(/^\uFEFF/, '')
    .replace(/\r\n?/g, '\n')
    .replace(/[\u00A0\u2009\u202F]/g, ' ')
    .replace(/<\/?sup>/g, '')
    .replace(/[ \t]+\n/g, '\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

export function contentId(text: string): string {
  return `d${createHash('sha256').update(text).digest('hex').slice(0, 16)}`;
}

/** Turns a reader's raw output into a Document, deciding the publication date and its basis. */
export function toDocument(raw: RawDocument, opts: NormalizeOptions = {}): Document {
  if (typeof raw.text !== 'string') throw new InputError(raw.origin, 'no text');
  const text = normalizeText(raw.text);
  if (!text) throw new InputError(raw.origin, 'empty document (no text)');
  let published = raw.published ? String(raw.published) : null;
  let publishedDate = publishedDay(published);
  let basis: PublishedBasis = publishedDate ? 'metadata' : 'unknown';
  if (published && !publishedDate) throw new InputError(raw.origin, `unreadable publication date '${published}'`);
  if (!publishedDate && opts.defaultPublished) {
    published = opts.defaultPublished;
    publishedDate = publishedDay(opts.defaultPublished);
    basis = 'metadata';
  }
  if (!publishedDate) {
    const dl = datelineDay(text);
    if (dl) {
      published = publishedDate = dl.day;
      basis = 'dateline';
    }
  }
  if (!publishedDate) {
    const inf = inferPublished(text);
    if (inf) {
      published = publishedDate = inf;
      basis = 'inferred';
    }
  }
  return {
    id: raw.id ? String(raw.id) : contentId(text),
    text,
    title: raw.title ? String(raw.title).trim() : null,
    url: raw.url ? String(raw.url) : null,
    source: raw.source ? String(raw.source) : raw.url ? hostOf(String(raw.url), null) : null,
    published,
    publishedDate,
    publishedBasis: basis,
    origin: raw.origin,
  };
}
