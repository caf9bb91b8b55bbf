import type { PublishedBasis } from '../records/types.js';

/** A document as Parley stores it: offsets in every annotation point into `text`. */
export interface Document {
  id: string;
  text: string;
  title: string | null;
  url: string | null;
  source: string | null;
  /** As given (ISO date or date-time), or derived from a dateline. */
  published: string | null;
  /** The calendar day of publication in the publisher's own time zone (YYYY-MM-DD). */
  publishedDate: string | null;
  publishedBasis: PublishedBasis;
  /** Where it came from, for error messages: "path" or "path:line". */
  origin: string;
}

/** A problem with one input (a file, or a line of a JSON Lines file). */
export class InputError extends Error {
  constructor(
    readonly origin: string,
    readonly problem: string,
  ) {
    super(`${origin}: ${problem}`);
  }
}
