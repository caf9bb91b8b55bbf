import type { ActorBase } from '../actors/base.js';
import type { Document } from '../ingest/document.js';
import type { Anchor } from '../time/anchors.js';
import { actorsStage } from './stages/actors.js';
import { framesStage } from './stages/frames.js';
import { quotesStage } from './stages/quotes.js';
import { sentencesStage } from './stages/sentences.js';
import { sourcesStage } from './stages/sources.js';
import { timeStage } from './stages/time.js';
import { triggersStage } from './stages/triggers.js';
import type { Annotated, PipelineContext, Stage } from './types.js';

/** The default pipeline: each stage reads what the earlier ones wrote and adds its own layer. */
export function defaultStages(anchors: Anchor[]): Stage[] {
  return [sentencesStage, triggersStage, actorsStage, timeStage(anchors), framesStage(), sourcesStage, quotesStage];
}

export class Pipeline {
  readonly ctx: PipelineContext;
  constructor(
    actors: ActorBase,
    readonly stages: Stage[],
  ) {
    this.ctx = { actors };
  }

  run(doc: Document): Annotated {
    const a: Annotated = {
      doc,
      sentences: [],
      timexes: [],
      mentions: [],
      triggers: [],
      frames: [],
      quotes: [],
      sources: [],
    };
    for (const stage of this.stages) stage.run(a, this.ctx);
    return a;
  }
}
