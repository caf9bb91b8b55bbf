import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { ActorBase, defaultDataPath } from '../../src/actors/base.js';
import { NAME_INDEX_VERSION, NameIndexer } from '../../src/actors/name-index.js';
import type { ActorData, OfficeKind, Person } from '../../src/actors/types.js';

const person = (id: string, name: string, aliases: string[], country: string, kind: OfficeKind): Person => ({
  id,
  wikidata: null,
  name,
  aliases,
  country,
  source: 'test',
  offices: [{ kind, title: kind, country, start: '2020-01-01', end: null, source: 'test' }],
});

/** A small base of my own: names with accents, an East Asian order, a hyphen, an initial, a Hispanic double name. */
function smallBase(): ActorData {
  return {
    version: 1,
    built: '2026-01-01',
    sources: [],
    organizations: [{ code: 'WHO', wikidata: null, name: 'World Health Organization', aliases: ['WHO'] }],
    countries: [
      {
        iso3: 'XQZ',
        wikidata: null,
        name: 'Zembla',
        aliases: ['Republic of Zembla'],
        demonyms: ['Zemblan'],
        seats: ['Onhava', 'the Tower'],
        seatOffices: { 'the Tower': 'dm' },
      },
      { iso3: 'KOR', wikidata: null, name: 'South Korea', aliases: [], demonyms: ['South Korean'], seats: [] },
      { iso3: 'PER', wikidata: null, name: 'Peru', aliases: [], demonyms: ['Peruvian'], seats: [] },
    ],
    persons: [
      person('x:1', 'Ada Kórvin', ['Ada Korwin'], 'XQZ', 'hog'),
      person('x:2', 'Park Min-jun', [], 'KOR', 'hos'),
      person('x:3', 'Bo R. Stavro', [], 'XQZ', 'fm'),
      person('x:4', 'Lucía Quispe Mamani', [], 'PER', 'hos'),
      person('x:5', 'Tomas al-Rashid', [], 'XQZ', 'dm'),
    ],
  };
}

/** What a base answers for a list of names and surnames, as plain values. */
function answers(kb: ActorBase, names: string[][], surnames: string[]) {
  return {
    names: names.map((keys) => {
      const m = kb.longestMatch(keys);
      return m && { length: m.length, entries: m.entries.map((e) => ({ ...e })) };
    }),
    surnames: surnames.map((s) => kb.surnameCandidates(s).map((p) => p.id)),
  };
}

describe('name index', () => {
  const names = [
    ['ada', 'korvin'],
    ['ada', 'korwin', 'said'],
    ['park', 'min-jun'],
    ['min-jun', 'park'],
    ['park', 'min', 'jun'],
    ['bo', 'stavro'],
    ['bo', 'r', 'stavro'],
    ['lucia', 'quispe', 'mamani'],
    ['zemblan'],
    ['republic', 'of', 'zembla'],
    ['the', 'tower'],
    ['who'],
    ['world', 'health', 'organization'],
    ['ada'],
    ['nobody'],
  ];
  const surnames = ['korvin', 'korwin', 'park', 'stavro', 'quispe', 'quispe mamani', 'rashid', 'al-rashid', 'ada'];

  it('answers the same from its stored form as when built at load', () => {
    const built = new ActorBase(smallBase());
    const data = smallBase();
    data.index = NameIndexer.build(data).toJSON();
    assert.equal(data.index.version, NAME_INDEX_VERSION);
    const stored = new ActorBase(JSON.parse(JSON.stringify(data)) as ActorData);
    const want = answers(built, names, surnames);
    assert.deepEqual(answers(stored, names, surnames), want);
    // and the answers are the ones the rules give
    assert.deepEqual(want.names[0]?.entries, [
      { type: 'person', index: 0, surface: 'Ada Kórvin', caseSensitive: false },
    ]);
    assert.equal(want.names[1]?.length, 2);
    assert.equal(want.names[1]?.entries[0].surface, 'Ada Korwin');
    assert.equal(want.names[3]?.entries[0].index, 1, 'a Korean name also in the other order');
    assert.equal(want.names[4]?.length, 3, 'a hyphenated given name also as two words');
    assert.equal(want.names[5]?.entries[0].index, 2, 'a name without its middle initial');
    assert.deepEqual(want.names[10]?.entries, [
      { type: 'seat', index: 0, surface: 'the Tower', caseSensitive: false, office: 'dm' },
    ]);
    assert.deepEqual(want.names[11]?.entries, [{ type: 'org', index: 0, surface: 'WHO', caseSensitive: true }]);
    assert.equal(want.names[13], null, 'a given name alone is no name');
    assert.equal(want.names[14], null);
    assert.deepEqual(want.surnames, [['x:1'], ['x:1'], ['x:2'], ['x:3'], ['x:4'], ['x:4'], ['x:5'], ['x:5'], []]);
  });

  it('is rebuilt at load when the file holds none, or one of another version', () => {
    const data = smallBase();
    data.index = { ...NameIndexer.build(data).toJSON(), version: NAME_INDEX_VERSION - 1, names: {}, surnames: {} };
    const kb = new ActorBase(data);
    assert.equal(kb.longestMatch(['ada', 'korvin'])?.entries[0].index, 0);
    assert.deepEqual(
      kb.surnameCandidates('stavro').map((p) => p.id),
      ['x:3'],
    );
  });

  it('takes words that are names of object properties as words', () => {
    const kb = new ActorBase(smallBase());
    for (const w of ['constructor', '__proto__', 'toString', 'hasOwnProperty']) {
      assert.equal(kb.longestMatch([w]), null, w);
      assert.deepEqual(kb.surnameCandidates(w), [], w);
    }
    const data = smallBase();
    data.persons.push(person('x:6', 'Hasownproperty Constructor', [], 'XQZ', 'vp'));
    const odd = new ActorBase(data);
    assert.equal(odd.longestMatch(['hasownproperty', 'constructor'])?.entries[0].index, 5);
    assert.deepEqual(
      odd.surnameCandidates('constructor').map((p) => p.id),
      ['x:6'],
    );
  });

  it("adds the user's persons to an index already looked up", () => {
    const data = smallBase();
    data.index = NameIndexer.build(data).toJSON();
    const kb = new ActorBase(data);
    // the entries under "ada korvin" are made by this look-up; a namesake then joins them
    assert.equal(kb.longestMatch(['ada', 'korvin'])?.entries.length, 1);
    kb.extend([person('u:1', 'Ada Korvin', [], 'PER', 'spokes')]);
    assert.deepEqual(
      kb.longestMatch(['ada', 'korvin'])?.entries.map((e) => [e.index, e.surface]),
      [
        [0, 'Ada Kórvin'],
        [5, 'Ada Korvin'],
      ],
    );
    // a new alias of a person of the base: found by it, and by its surname
    kb.extend([person('x:3', 'Bo Stavrakis', [], 'XQZ', 'fm')]);
    assert.equal(kb.longestMatch(['bo', 'stavrakis'])?.entries[0].index, 2);
    assert.deepEqual(
      kb.surnameCandidates('stavrakis').map((p) => p.id),
      ['x:3'],
    );
  });

  it('is stored in data/actors.json as the build makes it from the data (rebuild the base after changing its rules)', () => {
    const data = JSON.parse(readFileSync(defaultDataPath(), 'utf8')) as ActorData;
    const stored = data.index;
    assert.ok(stored, 'data/actors.json holds a name index');
    data.index = undefined;
    assert.deepEqual(NameIndexer.build(data).toJSON(), stored);
  });
});
