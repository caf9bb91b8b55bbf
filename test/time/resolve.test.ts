import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { loadAnchors } from '../../src/time/anchors.js';
import { findTimes } from '../../src/time/resolve.js';

const anchors = loadAnchors();
// Friday 18 March 2022
const ctx = { published: '2022-03-18', anchors };
const days = (s: string, c = ctx) => findTimes(s, 0, c).map((t) => (t.from === t.to ? t.from : `${t.from}..${t.to}`));

describe('weekdays are read with the tense of the report', () => {
  it('past tense: the latest such day on or before publication', () => {
    assert.deepEqual(days('The two leaders spoke on Thursday.'), ['2022-03-17']);
    assert.deepEqual(days('They had met on Saturday in Paris.'), ['2022-03-12']);
    assert.deepEqual(days('Macron said on Friday that he called Putin.'), ['2022-03-18']);
  });
  it('future tense: the next such day', () => {
    assert.deepEqual(days('Scholz will meet Biden on Tuesday.'), ['2022-03-22']);
    assert.deepEqual(days('The ministers are expected to talk on Saturday.'), ['2022-03-19']);
  });
  it('"last" and "next" override the tense', () => {
    assert.deepEqual(days('They spoke last Friday.'), ['2022-03-11']);
    assert.deepEqual(days('They spoke next Monday.'), ['2022-03-21']);
  });
  it('basis and explanation say how the day was found', () => {
    const [t] = findTimes('They spoke on Thursday.', 0, ctx);
    assert.equal(t.basis, 'relative');
    assert.match(t.explanation, /on Thursday.*past.*2022-03-18/);
  });
});

describe('explicit dates', () => {
  it('keeps every day of a date list', () => {
    assert.deepEqual(days('held phone calls on 28 and 31 January'), ['2022-01-28', '2022-01-31']);
    assert.deepEqual(days('on January 3, 5 and 7'), ['2022-01-03', '2022-01-05', '2022-01-07']);
    const list = findTimes('on 28 and 31 January', 0, ctx);
    assert.equal(list[0].groupId, list[1].groupId);
  });
  it('chooses the year nearest the publication, leaning to the past', () => {
    assert.deepEqual(days('They met on Feb. 9.'), ['2022-02-09']);
    assert.deepEqual(days('They met on December 30.', { published: '2022-01-04', anchors }), ['2021-12-30']);
    assert.deepEqual(days('The summit will be held on January 21.', { published: '2022-01-20', anchors }), [
      '2022-01-21',
    ]);
  });
  it('reads full dates and months', () => {
    assert.deepEqual(days('They spoke on March 17, 2022.'), ['2022-03-17']);
    assert.deepEqual(days('her August 2021 visit'), ['2021-08-01..2021-08-31']);
    assert.equal(findTimes('her August 2021 visit', 0, ctx)[0].precision, 'month');
  });
});

describe('relative and anchored expressions', () => {
  it('resolves publication-relative words', () => {
    assert.deepEqual(days('Biden spoke today with Macron.'), ['2022-03-18']);
    assert.deepEqual(days('They met yesterday.'), ['2022-03-17']);
    assert.deepEqual(days('They met last month.'), ['2022-02-01..2022-02-28']);
    assert.deepEqual(days('They met last week.'), ['2022-03-07..2022-03-13']);
    assert.deepEqual(days('They spoke three days ago.'), ['2022-03-15']);
  });
  it('anchors offsets on known events', () => {
    assert.deepEqual(days('a call that took place four days before the invasion'), ['2022-02-20']);
    assert.deepEqual(days('the day after Russia invaded Ukraine'), ['2022-02-25']);
    assert.deepEqual(days('on the eve of the invasion'), ['2022-02-23']);
    const [t] = findTimes('two weeks after the invasion', 0, ctx);
    assert.equal(t.basis, 'anchored');
    assert.equal(t.from, '2022-03-10');
  });
  it('finds nothing where there is no date', () => {
    assert.deepEqual(days('The leaders discussed the war.'), []);
  });
});
