import type { ActorBase } from '../actors/base.js';
import type { ActorRef } from '../actors/types.js';
import type { Document } from '../ingest/document.js';
import type { ContactMode, DateBasis, DatePrecision, EventStatus } from '../records/types.js';

/** One sentence of the document text; offsets are into Document.text. */
export interface Sentence {
  index: number;
  start: number;
  end: number;
  text: string;
  paragraph: number;
}

/** A temporal expression resolved to a calendar range. */
export interface Timex {
  sentence: number;
  start: number;
  end: number;
  text: string;
  /** Inclusive ISO dates. A list ("28 and 31 January") yields one Timex per day, sharing `groupId`. */
  from: string;
  to: string;
  precision: DatePrecision;
  basis: DateBasis;
  explanation: string;
  groupId?: number;
  /** True when the expression points after the publication date. */
  future: boolean;
}

export type MentionKind = 'name' | 'surname' | 'role' | 'pronoun' | 'group' | 'state' | 'organization';

/** A mention of an actor in the text, resolved as far as the knowledge base allows. */
export interface ActorMention {
  sentence: number;
  start: number;
  end: number;
  text: string;
  kind: MentionKind;
  /** The resolved actor, or null for pronouns/groups before coreference. */
  actor: ActorRef | null;
  /** How it was resolved: "alias", "office at date", "demonym + role", "title pattern", … */
  reason: string;
  /** For roles/titles: a role label such as "President of France". */
  role: string | null;
  /** A pronoun's or group's grammatical number. */
  plural?: boolean;
}

export type TriggerKind = 'phone' | 'video' | 'meeting' | 'visit' | 'host' | 'talk' | 'summit' | 'written' | 'convene';

/** A word or phrase that reports a contact ("spoke with", "phone call", "met"). */
export interface Trigger {
  sentence: number;
  start: number;
  end: number;
  text: string;
  kind: TriggerKind;
  mode: ContactMode;
  /** A verb (spoke, met) or a noun (call, meeting). */
  pos: 'verb' | 'noun';
  /** "separate calls", "individually": one contact per listed counterpart. */
  distributive: boolean;
}

/** A candidate contact built around one trigger: who, when, how, whether. */
export interface Frame {
  trigger: Trigger;
  participants: ActorRef[];
  initiator: ActorRef | null;
  status: EventStatus;
  statusCue: string | null;
  mode: ContactMode;
  date: {
    from: string | null;
    to: string | null;
    precision: DatePrecision;
    basis: DateBasis;
    text: string | null;
    explanation: string;
  };
  durationMinutes: number | null;
  topics: string[];
  /** Evidence span (usually the sentence). */
  start: number;
  end: number;
  sentence: number;
  /** Further sentences reporting the same contact: [start, end, sentence index]. */
  evidence?: Array<[number, number, number]>;
  attributedTo: string | null;
}

export interface QuoteAnnotation {
  start: number;
  end: number;
  text: string;
  sentence: number;
  speaker: ActorRef | null;
  frame: number | null;
}

export interface SourceAnnotation {
  sentence: number;
  start: number;
  end: number;
  text: string;
  source: string;
}

/** Everything known about one document so far; each stage adds one layer. */
export interface Annotated {
  doc: Document;
  sentences: Sentence[];
  timexes: Timex[];
  mentions: ActorMention[];
  triggers: Trigger[];
  frames: Frame[];
  quotes: QuoteAnnotation[];
  sources: SourceAnnotation[];
}

/** Shared, read-only resources the stages use. */
export interface PipelineContext {
  actors: ActorBase;
}

export interface Stage {
  readonly name: string;
  run(doc: Annotated, ctx: PipelineContext): void;
}
