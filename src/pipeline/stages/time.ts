import type { Anchor } from '../../time/anchors.js';
import { findTimes } from '../../time/resolve.js';
import type { Annotated, Stage } from '../types.js';

/** Resolves temporal expressions in the sentences that report a contact (and only those: the rest never date an event). */
export function timeStage(anchors: Anchor[]): Stage {
  return {
    name: 'time',
    run(a: Annotated) {
      const wanted = new Set(a.triggers.map((t) => t.sentence));
      let lastDay: string | null = null;
      for (const s of a.sentences) {
        if (!wanted.has(s.index)) continue;
        for (const t of findTimes(s.text, s.start, { published: a.doc.publishedDate, anchors, lastDay })) {
          a.timexes.push({ ...t, sentence: s.index, future: !!a.doc.publishedDate && t.from > a.doc.publishedDate });
          if (t.precision === 'day' && t.basis !== 'publication') lastDay = t.from;
        }
      }
    },
  };
}
