import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { autoLanes, type CompactEvent, formatDate, laneLabel, markDay, network } from '../../web/src/model.js';

const P = {
  macron: { name: 'Emmanuel Macron', wikidata: 'Q3052772', kind: 'person' as const, country: 'FRA' },
  putin: { name: 'Vladimir Putin', wikidata: 'Q7747', kind: 'person' as const, country: 'RUS' },
  scholz: { name: 'Olaf Scholz', wikidata: 'Q61053', kind: 'person' as const, country: 'DEU' },
  aide: { name: 'An Aide', wikidata: null, kind: 'person' as const, country: null },
};
const ev = (id: string, start: string | null, end: string | null, ps: CompactEvent['participants']): CompactEvent => ({
  id,
  date: { start, end, precision: start === null ? 'unknown' : start === end ? 'day' : 'range' },
  mode: 'phone',
  status: 'occurred',
  participants: ps,
  reports: 1,
  confidence: 0.9,
});

describe('web model', () => {
  const events = [
    ev('a', '2022-02-20', '2022-02-20', [P.macron, P.putin]),
    ev('b', '2022-02-01', '2022-02-28', [P.macron, P.scholz]),
    ev('c', '2022-03-01', '2022-03-01', [P.macron, P.putin, P.scholz]),
    ev('d', null, null, [P.putin, P.aide]),
  ];

  it('puts each dated event in the lane of every participant, busiest lane first', () => {
    const lanes = autoLanes(events, 'actor');
    assert.deepEqual(
      lanes.map((l) => [l.label, l.events.map((e) => e.id)]),
      [
        ['Emmanuel Macron', ['a', 'b', 'c']],
        ['Olaf Scholz', ['b', 'c']],
        ['Vladimir Putin', ['a', 'c']],
      ],
    );
    assert.deepEqual(
      autoLanes(events, 'country').map((l) => l.key),
      ['FRA', 'DEU', 'RUS'],
    );
  });

  it('draws a range at its middle and says an unknown date is unknown', () => {
    assert.equal(markDay(events[1].date), '2022-02-14');
    assert.equal(markDay(events[0].date), '2022-02-20');
    assert.equal(markDay(events[3].date), null);
    assert.equal(formatDate(events[0].date), '20 Feb 2022');
    assert.equal(formatDate(events[1].date), '1 Feb 2022 – 28 Feb 2022');
    assert.equal(formatDate(events[3].date), 'date unknown');
  });

  it('names a lane asked for by text after the participant all its events share', () => {
    assert.equal(laneLabel('the French president', events.slice(0, 3)), 'Emmanuel Macron');
    assert.equal(laneLabel('nobody in common', [events[1], events[3]]), 'nobody in common');
  });

  it('counts contacts per pair for the network, keyed by Wikidata id or name', () => {
    const n = network(events);
    const edge = (a: string, b: string) => n.edges.find((e) => e.a === [a, b].sort()[0] && e.b === [a, b].sort()[1]);
    assert.deepEqual(edge('Q3052772', 'Q7747')?.events, ['a', 'c']);
    assert.deepEqual(edge('Q7747', 'name:an aide')?.events, ['d']);
    assert.equal(n.nodes.find((x) => x.key === 'Q7747')?.contacts, 3);
    assert.equal(n.edges.length, 4);
  });
});
