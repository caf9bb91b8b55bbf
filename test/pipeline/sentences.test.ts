import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { relevantParagraph, relevantSentences, splitSentences } from '../../src/pipeline/stages/sentences.js';

describe('sentences', () => {
  it('splits at terminal punctuation with exact offsets and keeps closing quotes', () => {
    const text = 'Biden spoke with Macron.  "We agreed," he said. "It was useful." Then they left!';
    const ss = splitSentences(text);
    assert.deepEqual(
      ss.map((s) => s.text),
      ['Biden spoke with Macron.', '"We agreed," he said.', '"It was useful."', 'Then they left!'],
    );
    for (const s of ss) assert.equal(text.slice(s.start, s.end), s.text);
  });
  it('does not split after titles, initials, months or inside abbreviations', () => {
    const ss = splitSentences(
      'President Joseph R. Biden, Jr. met Pres. Duda on Feb. 9 at 3 p.m. in the U.S. capital. Mr. Sullivan also attended.',
    );
    assert.deepEqual(
      ss.map((s) => s.text),
      [
        'President Joseph R. Biden, Jr. met Pres. Duda on Feb. 9 at 3 p.m. in the U.S. capital.',
        'Mr. Sullivan also attended.',
      ],
    );
  });
  it('ends sentences and numbers paragraphs at blank lines, not at single line breaks', () => {
    const ss = splitSentences(
      'First line\nstill the same sentence.\n\nSecond paragraph without a full stop\n\n\nThird.',
    );
    assert.deepEqual(
      ss.map((s) => [s.text, s.paragraph]),
      [
        ['First line\nstill the same sentence.', 0],
        ['Second paragraph without a full stop', 1],
        ['Third.', 2],
      ],
    );
  });
  it('keeps names with diacritics and non-Latin scripts intact', () => {
    const ss = splitSentences('Nausėda met Erdoğan. Зеленський spoke with 习近平.');
    assert.deepEqual(
      ss.map((s) => s.text),
      ['Nausėda met Erdoğan.', 'Зеленський spoke with 习近平.'],
    );
  });
  it('reads only the paragraphs that can matter, with exact offsets and paragraph numbers', () => {
    const text =
      'Lede one.\n\nLede two.\n\nMarkets were calm.\n\nMacron spoke with Scholz.\n\nPrices rose.\n\n"A quote," he said.';
    const ss = relevantSentences(text);
    assert.deepEqual(
      ss.map((s) => [s.index, s.paragraph, s.text]),
      [
        [0, 0, 'Lede one.'],
        [1, 1, 'Lede two.'],
        [2, 3, 'Macron spoke with Scholz.'],
        [3, 5, '"A quote," he said.'],
      ],
    );
    for (const s of ss) assert.equal(text.slice(s.start, s.end), s.text);
  });
  it('reads a paragraph only when a contact trigger could fire in it or it holds a quotation', () => {
    const yes = [
      'Scholz called Macron on Monday.',
      'The president welcomed his Kenyan counterpart to the White House.',
      'She was received by the Emir in Doha.',
      'The two ministers held lengthy discussions in Ankara.',
      'They sat down with the delegation.',
      'The envoy wrote to the secretary-general.',
      'The call lasted an hour.',
      'He visited Kyiv.',
      '“We will not give in,” the minister said.',
    ];
    const no = [
      'A government spokesperson declined to comment.',
      'Opposition lawmakers criticised what they called a lack of transparency.',
      'The region received aid worth $2 billion.',
      'The hostage crisis entered its third week.',
      'Visitors were turned away at the border.',
      'Several capitals called for an independent investigation.',
    ];
    for (const t of yes) assert.equal(relevantParagraph(t), true, t);
    for (const t of no) assert.equal(relevantParagraph(t), false, t);
  });
  it('keeps exact offsets across irregular spacing and closing quotes glued to the full stop', () => {
    const text = 'Macron  spoke with\tScholz.\u00a0 "They met," he said.  Pres. Biden called   Mr. Putin.';
    const ss = splitSentences(text);
    assert.deepEqual(
      ss.map((s) => s.text),
      ['Macron  spoke with\tScholz.', '"They met," he said.', 'Pres. Biden called   Mr. Putin.'],
    );
    for (const s of ss) assert.equal(text.slice(s.start, s.end), s.text);
  });
});
