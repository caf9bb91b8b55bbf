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
  /**
   * The pipeline cut in two before the stage named `at`: the first part's annotations are what the
   * second part continues from (so two threads can each run one part, one document after another).
   */
  split(at: string): [Pipeline, Pipeline] {
    const i = this.stages.findIndex((s) => s.name === at);
    if (i < 0) throw new Error(`no stage named '${at}'`);
    return [
      new Pipeline(this.ctx.actors, this.stages.slice(0, i), !!this.timings),
      new Pipeline(this.ctx.actors, this.stages.slice(i), !!this.timings),
    ];
  }

  readonly ctx: PipelineContext;
  /** Milliseconds spent in each stage, when timing is on (benchmarks). */
  readonly timings: Map<string, number> | null;

  constructor(
    actors: ActorBase,
    readonly stages: Stage[],
    timing = false,
  ) {
    this.ctx = { actors };
    this.timings = timing ? new Map() : null;
  }

  run(doc: Document): Annotated {
    return this.continue({
      doc,
      sentences: [],
      timexes: [],
      mentions: [],
      triggers: [],
      frames: [],
      quotes: [],
      sources: [],
    });
  }

  /** Runs this pipeline's stages over a document already annotated by earlier stages. */
  continue(a: Annotated): Annotated {
    for (const stage of this.stages) {
      if (!this.timings) {
        stage.run(a, this.ctx);
        continue;
      }
      const t0 = performance.now();
      stage.run(a, this.ctx);
      this.timings.set(stage.name, (this.timings.get(stage.name) ?? 0) + performance.now() - t0);
    }
    return a;
  }
}
