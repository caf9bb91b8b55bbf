// Scores a record set against a gold file, following ../shared/spec/eval.md.
import type { ParticipantRecord, RecordSet } from '../records/types.js';

export interface Gold {
  events: Array<{ id: string; docs: string[]; participants: string[]; modes?: string[]; from: string; to: string }>;
  negatives?: Array<{ doc: string; participants: string[]; except_dates?: string[] }>;
  ignorable?: Array<{ doc: string; participants: string[] }>;
  quotes?: Array<{ doc: string; text: string; speaker: string; speaker_name?: string }>;
}

export interface Score {
  strict_f1: number;
  f1: number;
  p: number;
  r: number;
  date_acc: number;
  mode_acc: number;
  quotes_r: number | null;
  neg_hits: number;
  preds: number;
  gold: number;
  lines: string[];
}

const COUNTRY_QID: Record<string, string> = {
  RUS: 'Q159',
  UKR: 'Q212',
  FRA: 'Q142',
  DEU: 'Q183',
  USA: 'Q30',
  GBR: 'Q145',
  CHN: 'Q148',
  BLR: 'Q184',
  TUR: 'Q43',
  ISR: 'Q801',
  PSE: 'Q219060',
  IRN: 'Q794',
  QAT: 'Q846',
  EGY: 'Q79',
  GTM: 'Q774',
  SGP: 'Q334',
};
const norm = (s: unknown) =>
  String(s ?? '')
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[^a-z0-9 ]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();

function matchOne(g: string, p: ParticipantRecord): boolean {
  if (/^Q\d+$/.test(g))
    return p.wikidata ? p.wikidata === g : p.kind !== 'person' && COUNTRY_QID[p.country ?? ''] === g;
  return ` ${norm(p.name)} `.includes(` ${norm(g.slice(1))} `);
}

function sameSet(gold: string[], pred: ParticipantRecord[]): boolean {
  if (gold.length !== pred.length) return false;
  const used = new Set<number>();
  const go = (i: number): boolean => {
    if (i === gold.length) return true;
    for (let j = 0; j < pred.length; j++) {
      if (used.has(j) || !matchOne(gold[i], pred[j])) continue;
      used.add(j);
      if (go(i + 1)) return true;
      used.delete(j);
    }
    return false;
  };
  return go(0);
}

export function score(gold: Gold, sys: RecordSet): Score {
  const lines: string[] = [];
  const preds = sys.events
    .filter((e) => e.type === 'contact' && e.status === 'occurred')
    .map((e) => {
      const seen = new Set<string>();
      const parts = e.participants.filter((p) => {
        const k = p.wikidata ?? norm(p.name);
        if (seen.has(k)) return false;
        seen.add(k);
        return true;
      });
      return {
        e,
        parts,
        start: e.date.start,
        end: e.date.end ?? e.date.start,
        docs: new Set(e.mentions.map((m) => m.document)),
      };
    });
  const used = new Set<number>();
  const matches = new Map<string, { i: number; dateOk: boolean }>();
  for (const pass of [true, false]) {
    for (const g of gold.events) {
      if (matches.has(g.id)) continue;
      const i = preds.findIndex(
        (p, k) =>
          !used.has(k) &&
          g.docs.some((d) => p.docs.has(d)) &&
          sameSet(g.participants, p.parts) &&
          (!pass || (!!p.start && !!p.end && p.start >= g.from && p.end <= g.to)),
      );
      if (i >= 0) {
        used.add(i);
        matches.set(g.id, { i, dateOk: pass });
      }
    }
  }
  let ignored = 0;
  let negHits = 0;
  preds.forEach((p, i) => {
    if (used.has(i)) return;
    if ((gold.ignorable ?? []).some((x) => sameSet(x.participants, p.parts) && p.docs.has(x.doc))) {
      ignored++;
      return;
    }
    if (
      (gold.negatives ?? []).some(
        (x) => sameSet(x.participants, p.parts) && p.docs.has(x.doc) && !(x.except_dates ?? []).includes(p.start ?? ''),
      )
    )
      negHits++;
    lines.push(
      `FP ${p.parts.map((x) => x.wikidata ?? x.name).join('+')} ${p.start}..${p.end} docs=${[...p.docs].join(',')} :: ${(p.e.mentions[0]?.sentence ?? '').slice(0, 120)}`,
    );
  });
  for (const g of gold.events) {
    const x = matches.get(g.id);
    const p = x ? preds[x.i] : null;
    lines.unshift(
      `${g.id} ${g.participants.join('+')} ${g.from}..${g.to}: ${x ? (x.dateOk ? 'OK' : `date wrong (${p!.start}..${p!.end})`) : 'MISSED'}`,
    );
  }
  const nPred = preds.length - ignored;
  const m = matches.size;
  const mStrict = [...matches.values()].filter((x) => x.dateOk).length;
  const modeOk = gold.events.filter(
    (g) => matches.has(g.id) && (g.modes ?? []).includes(preds[matches.get(g.id)!.i].e.mode),
  ).length;
  const f = (tp: number) => {
    const P = nPred ? tp / nPred : 0;
    const R = gold.events.length ? tp / gold.events.length : 0;
    return { P, R, F: P + R ? (2 * P * R) / (P + R) : 0 };
  };
  let qHit = 0;
  const toks = (s: string) => new Set(norm(s).split(' ').filter(Boolean));
  for (const g of gold.quotes ?? []) {
    const A = toks(g.text);
    const ok = sys.quotes.some((q) => {
      if (q.document !== g.doc) return false;
      const B = toks(q.text);
      let n = 0;
      for (const t of A) if (B.has(t)) n++;
      if (!A.size || n / A.size < 0.6) return false;
      const s = q.speaker ?? { name: '', wikidata: null };
      return /^Q\d+$/.test(g.speaker)
        ? s.wikidata === g.speaker
        : norm(s.name).includes(norm(g.speaker_name ?? g.speaker));
    });
    if (ok) qHit++;
  }
  const loose = f(m);
  const strict = f(mStrict);
  return {
    strict_f1: strict.F,
    f1: loose.F,
    p: loose.P,
    r: loose.R,
    date_acc: m ? mStrict / m : 0,
    mode_acc: m ? modeOk / m : 0,
    quotes_r: gold.quotes?.length ? qHit / gold.quotes.length : null,
    neg_hits: negHits,
    preds: nPred,
    gold: gold.events.length,
    lines,
  };
}

export function scoreLine(s: Score): string {
  const r2 = (x: number) => x.toFixed(2);
  return `strict_f1=${r2(s.strict_f1)} f1=${r2(s.f1)} p=${r2(s.p)} r=${r2(s.r)} date_acc=${r2(s.date_acc)} quotes_r=${s.quotes_r === null ? 'n/a' : r2(s.quotes_r)} mode_acc=${r2(s.mode_acc)} neg_hits=${s.neg_hits} preds=${s.preds} gold=${s.gold}`;
}
