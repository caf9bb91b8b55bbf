import type { StoredNameIndex } from './name-index.js';
/** Office kinds: head of state, head of government, foreign/defence minister, vice president,
 * national security adviser, spokesperson, other leader (supreme/opposition), international organisation post. */
export type OfficeKind = 'hos' | 'hog' | 'fm' | 'dm' | 'vp' | 'nsa' | 'spokes' | 'leader' | 'org' | 'other';

export interface Office {
  kind: OfficeKind;
  title: string;
  /** ISO 3166 alpha-3, or an organisation code (NATO, EU, UN, …). */
  country: string;
  /** ISO date or year ("2017"); null when unknown. */
  start: string | null;
  end: string | null;
  /** For a term whose end is unknown: the last day it is known to have been held (after it, not assumed). */
  asOf?: string;
  source: string;
}

export interface Person {
  id: string;
  wikidata: string | null;
  name: string;
  aliases: string[];
  country: string;
  offices: Office[];
  source: string;
}

export interface Country {
  iso3: string;
  wikidata: string | null;
  name: string;
  aliases: string[];
  demonyms: string[];
  seats: string[];
  /** Seats that stand for one office's holder rather than the state: "the Pentagon chief" is the defence
   * minister, "the Quai d'Orsay's head" the foreign minister (seat name → office kind). */
  seatOffices?: Record<string, OfficeKind>;
  /** For a state that no longer exists (the Soviet Union): the first day it was gone. */
  until?: string;
  /** For a state founded since 1990 (Serbia and Montenegro, South Sudan): its first day. */
  since?: string;
  /** Posts the state does not have (no army, no prime minister), over a span of days, with the reason. */
  noOffice?: NoOffice[];
}

export interface NoOffice {
  kind: OfficeKind;
  /** First day without the post; absent: always. */
  from?: string;
  /** First day with it again (exclusive); absent: still. */
  to?: string;
  why: string;
}

export interface Organization {
  code: string;
  wikidata: string | null;
  name: string;
  aliases: string[];
}

export interface ActorData {
  version: 1;
  built: string;
  sources: string[];
  countries: Country[];
  organizations: Organization[];
  persons: Person[];
  /** The name index (see name-index.ts): stored by the build, made at load when absent. */
  index?: StoredNameIndex;
}

/** What a mention resolves to; what a participant record is made from. */
export interface ActorRef {
  kind: 'person' | 'state' | 'organization';
  name: string;
  wikidata: string | null;
  /** ISO3 of the person's or state's country, or the organisation code. */
  country: string | null;
  role: string | null;
  /** Person id in the base (QID or local id), when known. */
  personId?: string;
  /** The full name as the text spelled it ("Gitanas Nauseda"), when the text gave one. */
  surface?: string;
}
