// Generates a synthetic news corpus (JSON Lines) for benchmarks: seeded, so every run is the same.
import { createWriteStream } from 'node:fs';
import { ActorBase } from '../src/actors/base.js';
import { addDays } from '../src/util/text.js';

function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const FILLER = [
  'Officials said the discussions covered energy security, trade and the humanitarian situation in the region.',
  'Analysts noted that the exchange came amid growing pressure on both governments to show results.',
  'The statement gave few details, but diplomats described the tone as constructive and businesslike.',
  'Markets reacted calmly to the news, with benchmark indices little changed by the close of trading.',
  'Both sides have repeatedly said that dialogue remains the only way to settle the dispute.',
  'The ministry said further consultations at the level of experts would follow in the coming weeks.',
  'Opposition lawmakers criticised the government for what they called a lack of transparency.',
  'Earlier in the week, the parliament approved a package of measures aimed at stabilising prices.',
  'The central bank left interest rates unchanged, citing uncertainty over the outlook for inflation.',
  'Humanitarian agencies warned that supplies of food and medicine were running low in several districts.',
  'The government has faced criticism at home over rising fuel prices and a weakening currency.',
  'Energy ministers are due to discuss the gas price cap at their next regular session in Brussels.',
  'Independent observers said the ceasefire had largely held, although sporadic shelling was reported overnight.',
  'A spokesperson for the ministry of defence declined to comment on the reports of troop movements.',
  'Trade between the two countries has grown steadily over the past decade, according to official figures.',
  'Diplomats cautioned that any agreement would take months to negotiate and even longer to implement.',
  'Several European capitals have urged restraint and called for an independent investigation.',
  'The United Nations estimates that more than a million people have been displaced by the fighting.',
  'Shares in the largest defence contractors rose sharply after the announcement of new procurement plans.',
  'Local media reported long queues at petrol stations in the capital as drivers rushed to fill up.',
];
const WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

export async function generate(path: string, n: number, seed = 42, dense = false): Promise<void> {
  const kb = ActorBase.load();
  const leaders = kb.persons.filter((p) =>
    p.offices.some((o) => (o.kind === 'hos' || o.kind === 'hog') && (!o.end || o.end >= '2022')),
  );
  const r = rng(seed);
  const pick = <T>(xs: T[]): T => xs[Math.floor(r() * xs.length)];
  const out = createWriteStream(path);
  for (let i = 0; i < n; i++) {
    const pub = addDays('2022-01-01', Math.floor(r() * 1000));
    const a = pick(leaders);
    let b = pick(leaders);
    while (b.country === a.country) b = pick(leaders);
    const c = pick(leaders);
    const d1 = Number(pub.slice(8, 10));
    const month = MONTHS[Number(pub.slice(5, 7)) - 1];
    const templates = [
      `${a.name} spoke by phone with ${b.name} on ${pick(WEEKDAYS)}, according to a statement from his office.`,
      `${a.name} held talks with ${b.name} in the capital ${pick(['today', 'yesterday', `on ${pick(WEEKDAYS)}`])}.`,
      `${a.name} and ${b.name} held phone calls on ${Math.max(1, d1 - 3)} and ${Math.max(1, d1 - 1)} ${month}, the presidency said.`,
      `${a.name} will meet ${b.name} next week, officials said, and it is important that he also speaks with ${c.name}.`,
      `The two leaders, ${a.name} and ${b.name}, met virtually on ${pick(WEEKDAYS)} together with ${c.name}.`,
    ];
    const body = (k: number) => Array.from({ length: dense ? Math.min(k, 2) : k }, () => pick(FILLER)).join(' ');
    // a news-length article (3–5 KB): two or three contact reports, a quotation and ordinary reporting
    const paras = [
      pick(templates),
      body(3),
      `"We agreed to keep working together," ${a.name} told reporters after the call.`,
      body(4),
      pick(templates),
      body(4),
      body(3),
      ...(r() < 0.5 ? [pick(templates), body(3)] : [body(2)]),
      body(4),
    ];
    out.write(
      `${JSON.stringify({ id: `g${i}`, published: pub, source: 'bench', title: `${a.name} and ${b.name}`, text: paras.join('\n\n') })}\n`,
    );
  }
  await new Promise<void>((res) => out.end(res));
}
