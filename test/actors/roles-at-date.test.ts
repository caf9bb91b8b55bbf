// Role-at-date queries: every change of head of state or government in the G20 since 2010, and the hard
// cases (acting leaders, successors with the same title, same surnames, metonyms). Written for Parley.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { ActorBase } from '../../src/actors/base.js';
import { findMentions } from '../../src/pipeline/stages/actors.js';

const kb = ActorBase.load();

export const ROLE_QUERIES: Array<[mention: string, date: string, expected: string]> = [
  ['the Argentine President', '2012-06-01', 'Cristina Fernández'],
  ['the Argentine President', '2017-06-01', 'Macri'],
  ['the Argentine President', '2021-06-01', 'Alberto Fernández'],
  ['the Argentine President', '2024-06-01', 'Milei'],
  ['the Australian Prime Minister', '2010-03-01', 'Rudd'],
  ['the Australian Prime Minister', '2012-03-01', 'Gillard'],
  ['the Australian Prime Minister', '2013-08-01', 'Rudd'],
  ['the Australian Prime Minister', '2014-08-01', 'Abbott'],
  ['the Australian Prime Minister', '2016-08-01', 'Turnbull'],
  ['the Australian Prime Minister', '2020-08-01', 'Morrison'],
  ['the Australian Prime Minister', '2023-08-01', 'Albanese'],
  ['the Brazilian President', '2010-06-01', 'Lula'],
  ['the Brazilian President', '2014-06-01', 'Rousseff'],
  ['the Brazilian President', '2017-06-01', 'Temer'],
  ['the Brazilian President', '2020-06-01', 'Bolsonaro'],
  ['the Brazilian President', '2023-06-01', 'Lula'],
  ['the Canadian Prime Minister', '2012-01-01', 'Harper'],
  ['the Canadian Prime Minister', '2020-01-01', 'Trudeau'],
  ['the Canadian Prime Minister', '2025-06-01', 'Carney'],
  ['the Chinese President', '2012-01-01', 'Hu Jintao'],
  ['the Chinese President', '2020-01-01', 'Xi Jinping'],
  ['the Chinese Premier', '2012-01-01', 'Wen Jiabao'],
  ['the Chinese Premier', '2020-01-01', 'Li Keqiang'],
  ['the Chinese Premier', '2024-01-01', 'Li Qiang'],
  ['the French President', '2011-01-01', 'Sarkozy'],
  ['the French President', '2015-01-01', 'Hollande'],
  ['the French President', '2020-01-01', 'Macron'],
  ['the German Chancellor', '2019-01-01', 'Merkel'],
  ['the German Chancellor', '2023-01-01', 'Scholz'],
  ['the German Chancellor', '2025-07-01', 'Merz'],
  ['the German President', '2011-01-01', 'Wulff'],
  ['the German President', '2015-01-01', 'Gauck'],
  ['the Indian Prime Minister', '2012-01-01', 'Manmohan Singh'],
  ['the Indian Prime Minister', '2016-01-01', 'Modi'],
  ['the Indonesian President', '2012-01-01', 'Yudhoyono'],
  ['the Indonesian President', '2016-01-01', 'Joko Widodo'],
  ['the Indonesian President', '2025-01-01', 'Prabowo'],
  ['the Italian Prime Minister', '2011-01-01', 'Berlusconi'],
  ['the Italian Prime Minister', '2012-06-01', 'Monti'],
  ['the Italian Prime Minister', '2013-06-01', 'Letta'],
  ['the Italian Prime Minister', '2015-06-01', 'Renzi'],
  ['the Italian Prime Minister', '2017-06-01', 'Gentiloni'],
  ['the Italian Prime Minister', '2019-06-01', 'Conte'],
  ['the Italian Prime Minister', '2022-03-01', 'Draghi'],
  ['the Italian Prime Minister', '2023-03-01', 'Meloni'],
  ['the Japanese Prime Minister', '2010-03-01', 'Hatoyama'],
  ['the Japanese Prime Minister', '2011-03-01', 'Kan'],
  ['the Japanese Prime Minister', '2012-03-01', 'Noda'],
  ['the Japanese Prime Minister', '2015-03-01', 'Abe'],
  ['the Japanese Prime Minister', '2021-03-01', 'Suga'],
  ['the Japanese Prime Minister', '2022-03-01', 'Kishida'],
  ['the Japanese Prime Minister', '2025-03-01', 'Ishiba'],
  ['the South Korean President', '2011-01-01', 'Lee Myung-bak'],
  ['the South Korean President', '2015-01-01', 'Park Geun-hye'],
  ['the South Korean President', '2019-01-01', 'Moon Jae-in'],
  ['the South Korean President', '2023-01-01', 'Yoon'],
  ['the Mexican President', '2011-01-01', 'Calderón'],
  ['the Mexican President', '2015-01-01', 'Peña Nieto'],
  ['the Mexican President', '2020-01-01', 'López Obrador'],
  ['the Mexican President', '2025-01-01', 'Sheinbaum'],
  ['the Russian President', '2010-01-01', 'Medvedev'],
  ['the Russian President', '2015-01-01', 'Putin'],
  ['the Russian Prime Minister', '2010-01-01', 'Putin'],
  ['the Russian Prime Minister', '2015-01-01', 'Medvedev'],
  ['the Russian Prime Minister', '2021-01-01', 'Mishustin'],
  ['the Saudi King', '2012-01-01', 'Abdullah bin Abdulaziz'],
  ['the Saudi King', '2020-01-01', 'Salman bin Abdulaziz'],
  ['the South African President', '2012-01-01', 'Zuma'],
  ['the South African President', '2020-01-01', 'Ramaphosa'],
  ['the Turkish President', '2012-01-01', 'Gül'],
  ['the Turkish President', '2016-01-01', 'Erdoğan'],
  ['the Turkish Prime Minister', '2012-01-01', 'Erdoğan'],
  ['the British Prime Minister', '2010-01-01', 'Gordon Brown'],
  ['the British Prime Minister', '2013-01-01', 'Cameron'],
  ['the British Prime Minister', '2018-01-01', 'May'],
  ['the British Prime Minister', '2021-01-01', 'Johnson'],
  ['the British Prime Minister', '2022-10-01', 'Truss'],
  ['the British Prime Minister', '2023-10-01', 'Sunak'],
  ['the British Prime Minister', '2025-01-01', 'Starmer'],
  ['the US President', '2012-01-01', 'Obama'],
  ['the US President', '2018-01-01', 'Trump'],
  ['the US President', '2022-01-01', 'Biden'],
  ['the US President', '2025-06-01', 'Trump'],
  ['the European Council President', '2012-01-01', 'Van Rompuy'],
  ['the European Council President', '2017-01-01', 'Tusk'],
  ['the European Council President', '2022-01-01', 'Michel'],
  ['the European Commission President', '2012-01-01', 'Barroso'],
  ['the European Commission President', '2017-01-01', 'Juncker'],
  ['the European Commission President', '2022-01-01', 'von der Leyen'],
  // hard cases
  ['the Israeli Prime Minister', '2022-08-01', 'Lapid'],
  ['the Israeli Prime Minister', '2021-12-01', 'Bennett'],
  ['the Israeli Prime Minister', '1997-01-01', 'Netanyahu'],
  ['the Iranian President', '2024-06-15', 'Mokhber'],
  ['the South Korean President', '2025-01-15', 'Choi Sang-mok'],
  ['the North Korean leader', '2010-01-01', 'Kim Jong Il'],
  ['the North Korean leader', '2015-01-01', 'Kim Jong Un'],
  ['Prime Minister Johnson', '2020-06-01', 'Boris Johnson'],
  ['President Bush', '1991-06-01', 'George Bush'],
  ['the NATO Secretary General', '2012-01-01', 'Rasmussen'],
  ['the NATO Secretary General', '2020-01-01', 'Stoltenberg'],
  ['the Kremlin leader', '2009-06-01', 'Medvedev'],
  ["Ukraine's top diplomat", '2022-03-01', 'Kuleba'],
  ['the Taoiseach', '2023-06-01', 'Varadkar'],
  ['the UN Secretary-General', '2015-06-01', 'Ban Ki-moon'],
];

function who(mention: string, date: string): string {
  const ms = findMentions(mention, 0, 0, kb, date, []).filter((m) => m.actor?.kind === 'person');
  const best = ms.sort((a, b) => b.end - b.start - (a.end - a.start))[0];
  return best?.actor?.name ?? '(none)';
}

describe(`roles at a date (${ROLE_QUERIES.length} queries)`, () => {
  it('answers each with the office holder of the day', () => {
    const wrong = ROLE_QUERIES.map(([m, d, e]) => ({ m, d, e, got: who(m, d) })).filter((x) => !x.got.includes(x.e));
    assert.deepEqual(wrong, []);
  });
});
