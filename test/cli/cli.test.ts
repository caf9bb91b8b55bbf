import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import type { RecordSet } from '../../src/records/types.js';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
const bin = join(root, 'bin', 'parley.js');
const parley = (args: string[], input?: string) =>
  spawnSync(process.execPath, [bin, ...args], { cwd: root, input, encoding: 'utf8' });
/** The holders of a post held jointly, as `parley actors resolve … --json` lists them (sorted); it must succeed. */
const jointHolders = (...args: string[]): string[] => {
  const r = parley(['actors', 'resolve', ...args, '--json']);
  assert.equal(r.status, 0, `${args.join(' ')}: ${r.stderr}`);
  return (JSON.parse(r.stdout).holders as Array<{ name: string }>).map((x) => x.name).sort();
};

describe('parley extract', () => {
  it('prints one merged record set for files, HTML, Markdown and JSONL together', () => {
    const r = parley(['extract', 'samples', '--json']);
    assert.equal(r.status, 0, r.stderr);
    const rs = JSON.parse(r.stdout) as RecordSet;
    assert.equal(rs.parley, 1);
    assert.equal(rs.documents.length, 5);
    const ids = rs.events.map((e) => e.id);
    assert.equal(new Set(ids).size, ids.length);
    const leaked = rs.events.find((e) => e.date.start === '2022-02-20');
    assert.deepEqual(leaked?.participants.map((p) => p.wikidata).sort(), ['Q3052772', 'Q7747']);
    assert.ok(rs.quotes.some((q) => q.event === leaked?.id));
  });
  it('gives the same event ids on every run', () => {
    const a = JSON.parse(parley(['extract', 'samples', '--json']).stdout) as RecordSet;
    const b = JSON.parse(parley(['extract', 'samples/feed.jsonl', 'samples', '--json']).stdout) as RecordSet;
    assert.deepEqual(a.events.map((e) => e.id).sort(), b.events.map((e) => e.id).sort());
  });
  it('gives the same record with worker threads as without', () => {
    const one = parley(['extract', 'samples', '--json', '--jobs', '1']);
    const jl = Array.from({ length: 80 }, (_, i) =>
      JSON.stringify({
        id: `p${i}`,
        published: '2022-03-18',
        text: `Macron spoke with Putin by phone on Thursday. Report ${i}.`,
      }),
    ).join('\n');
    const a = parley(['extract', '-', '--json', '--jobs', '1'], jl);
    const b = parley(['extract', '-', '--json', '--jobs', '2'], jl);
    assert.equal(one.status, 0);
    assert.equal(b.status, 0, b.stderr);
    assert.equal(a.stdout, b.stdout);
    assert.equal((JSON.parse(b.stdout) as RecordSet).events[0].mentions.length, 80);
  });
  it('prints a readable table by default', () => {
    const r = parley(['extract', 'samples/feed.jsonl']);
    assert.equal(r.status, 0);
    assert.match(r.stdout, /^DATE\s+MODE\s+PARTICIPANTS\s+STATUS\s+EVIDENCE/);
    assert.match(r.stdout, /2024-11-13\s+phone\s+Mohammed bin Salman, Masoud Pezeshkian\s+occurred/);
  });
  it('reads JSON Lines from stdin', () => {
    const line = JSON.stringify({
      id: 's1',
      published: '2023-03-01',
      text: 'Blinken met Lavrov in New Delhi on Thursday.',
    });
    const r = parley(['extract', '-', '--json'], `${line}\n`);
    const rs = JSON.parse(r.stdout) as RecordSet;
    assert.equal(rs.events[0].date.start, '2023-02-23');
  });
  it('reports every bad input on one line, keeps going, and exits non-zero', () => {
    const dir = mkdtempSync(join(tmpdir(), 'parley-cli-'));
    writeFileSync(join(dir, 'empty.txt'), '');
    writeFileSync(
      join(dir, 'feed.jsonl'),
      '{"id":"x","published":"2022-03-18","text":"Biden spoke with Macron today."}\nnot json\n',
    );
    const r = parley(['extract', dir, '--json']);
    assert.equal(r.status, 1);
    const errs = r.stderr.trim().split('\n');
    assert.equal(errs.length, 2);
    assert.match(errs[0], /^error: .*empty\.txt: empty file$/);
    assert.match(errs[1], /^error: .*feed\.jsonl:2: invalid JSON/);
    assert.equal((JSON.parse(r.stdout) as RecordSet).events.length, 1);
  });
  it('rejects a malformed --published', () => {
    const r = parley(['extract', 'samples', '--published', '18/03/2022']);
    assert.equal(r.status, 2);
    assert.match(r.stderr, /--published must be YYYY-MM-DD/);
  });
});

describe('parley ingest and queries', () => {
  it('ingests idempotently into the embedded store, queries it and exports CSV', () => {
    const db = mkdtempSync(join(tmpdir(), 'parley-db-'));
    const first = parley(['ingest', 'samples', '--db', db, '--json']);
    assert.equal(first.status, 0, first.stderr);
    assert.equal(first.stderr, '', 'no progress output in a pipe');
    const a = JSON.parse(first.stdout);
    assert.equal(a.stored, 5);
    const again = JSON.parse(parley(['ingest', 'samples', '--db', db, '--json']).stdout);
    assert.deepEqual([again.stored, again.skipped, again.store], [0, 5, a.store]);
    const ev = JSON.parse(
      parley(['events', '--actor', 'Zelenskyy', '--between', '2022-03', '--db', db, '--json']).stdout,
    );
    assert.deepEqual(
      ev.events.map((e: { date: { start: string } }) => e.date.start),
      ['2022-03-12', '2022-03-17'],
    );
    const show = parley(['show', ev.events[0].id, '--db', db]);
    assert.match(show.stdout, /participants:[\s\S]*Emmanuel Macron \(Q3052772\)/);
    assert.match(show.stdout, /reports \(1\):/);
    const csv = parley(['export', '--format', 'csv', '--db', db]).stdout.trim().split('\n');
    assert.equal(csv[0].split(',')[0], 'id');
    assert.equal(csv.filter((l) => l.startsWith('id,')).length, 1);
    const bad = parley(['events', '--mode', 'teleport', '--db', db]);
    assert.equal(bad.status, 1);
    assert.match(bad.stderr, /--mode must be one of/);
  });
});

describe('parley actors resolve, a post held jointly', () => {
  it("answers Cambodia's co-prime ministers and Bosnia's presidency members with all, a titled one with one", () => {
    assert.deepEqual(jointHolders("Cambodia's co-prime ministers", '--date', '1995-06-01'), [
      'Hun Sen',
      'Norodom Ranariddh',
    ]);
    assert.deepEqual(jointHolders('the members of the Bosnian presidency', '--date', '2020-06-01'), [
      'Milorad Dodik',
      'Šefik Džaferović',
      'Željko Komšić',
    ]);
    const first = JSON.parse(
      parley(['actors', 'resolve', 'the Cambodian first prime minister', '--date', '1995-06-01', '--json']).stdout,
    );
    assert.equal(first.actor.name, 'Norodom Ranariddh');
  });
  it("answers San Marino's Captains Regent named bare and a joint head of state asked for by its generic role", () => {
    assert.deepEqual(jointHolders('the Captain Regent', '--date', '2024-06-01'), [
      'Alessandro Rossi',
      'Milena Gasperoni',
    ]);
    // both of each pair since 1999, where the leader list names one (the other from San Marino's holder list)
    assert.deepEqual(jointHolders('the Captain Regent', '--date', '2008-06-01'), [
      'Federico Pedini Amati',
      'Rosa Zafferani',
    ]);
    assert.deepEqual(jointHolders('the Sammarinese head of state', '--date', '2024-06-01'), [
      'Alessandro Rossi',
      'Milena Gasperoni',
    ]);
    // (the French co-prince holds the post as France's president: his title there is not a joint one)
    assert.deepEqual(jointHolders('the Andorran head of state', '--date', '2024-06-01'), [
      'Emmanuel Macron',
      'Joan Enric Vives Sicília',
    ]);
  });
});

describe('parley actors resolve over a year or a month', () => {
  it('lists who held the post across the span, in order, with the days', () => {
    const r = parley(['actors', 'resolve', 'the British prime minister', '--date', '2022', '--json']);
    assert.equal(r.status, 0, r.stderr);
    const spells = JSON.parse(r.stdout).holders as Array<{ from: string; to: string; actor: { name: string } }>;
    assert.deepEqual(
      spells.map((x) => [x.from, x.to, x.actor.name]),
      [
        ['2022-01-01', '2022-09-06', 'Boris Johnson'],
        ['2022-09-06', '2022-10-25', 'Liz Truss'],
        ['2022-10-25', '2022-12-31', 'Rishi Sunak'],
      ],
    );
    const july = parley(['actors', 'resolve', 'the British prime minister', '--date', '2019-07']);
    assert.match(july.stdout, /2019-07-01 – 2019-07-24 {2}Theresa May/);
  });
  it('refuses a day that does not exist, naming it', () => {
    const r = parley(['actors', 'resolve', 'the French president', '--date', '2019-02-29']);
    assert.equal(r.status, 2);
    assert.match(r.stderr, /--date must be a day YYYY-MM-DD, a month YYYY-MM or a year YYYY, got '2019-02-29'/);
    assert.equal(parley(['actors', 'resolve', 'the French president', '--date', '2019-13']).status, 2);
  });
});

describe('parley actors search', () => {
  it('finds a name in another spelling when nothing matches as written', () => {
    const r = parley(['actors', 'search', 'Lukaschenko', '--json']);
    assert.equal(r.status, 0, r.stderr);
    assert.deepEqual(
      (JSON.parse(r.stdout) as Array<{ wikidata: string }>).map((p) => p.wikidata),
      ['Q2866'],
    );
  });
});

describe('parley actors resolve, typed in lower case', () => {
  it('reads the mention as a name or title is written', () => {
    const who = (m: string) => JSON.parse(parley(['actors', 'resolve', m, '--date', '2022-08-01', '--json']).stdout);
    assert.equal(who('the israeli prime minister').actor.wikidata, 'Q1396120');
    assert.equal(who('nato secretary general').actor.name, 'Jens Stoltenberg');
    assert.equal(who('von der leyen').actor.wikidata, 'Q60772');
    assert.equal(who("ukraine's top diplomat").actor.name, 'Dmytro Kuleba');
  });
});

describe('parley COMMAND --help', () => {
  it("prints that command's usage and succeeds; an unknown command still fails", () => {
    const r = parley(['actors', 'add', '--help']);
    assert.equal(r.status, 0, r.stderr);
    assert.match(r.stdout, /parley actors resolve "MENTION"/);
    assert.match(r.stdout, /add "NAME" --country ISO3/);
    assert.doesNotMatch(r.stdout, /parley ingest/);
    const e = parley(['events', '-h']);
    assert.equal(e.status, 0);
    assert.match(e.stdout, /parley events \[--actor NAME\|QID\]/);
    assert.equal(parley(['bogus', '--help']).status, 2);
  });
});

describe('parley eval and actors', () => {
  it('prints the scorer figures for a gold file', () => {
    const r = parley(['eval', 'test/fixtures/feed.gold.json', 'samples/feed.jsonl']);
    assert.equal(r.status, 0, r.stderr);
    const [scores, persons] = r.stdout.trim().split('\n');
    assert.match(scores, /^strict_f1=1\.00 f1=1\.00 p=1\.00 r=1\.00 date_acc=1\.00 .*neg_hits=0 preds=5 gold=5$/);
    // the share of people in the extracted contacts linked to Wikidata
    assert.match(persons, /^persons=8 with_wikidata=8 \(100%\)$/);
  });
  it("gets every contact, date, mode and quote right on articles in other outlets' styles", () => {
    const r = parley(['eval', 'test/fixtures/styles.gold.json', 'test/fixtures/styles.jsonl', '--verbose']);
    assert.equal(r.status, 0, r.stderr);
    const line = r.stdout.split('\n').find((l) => l.startsWith('strict_f1=')) ?? '';
    assert.match(line, /^strict_f1=1\.00 .*quotes_r=1\.00 mode_acc=1\.00 neg_hits=0/, r.stdout);
    // --verbose names the people it could not link
    assert.match(r.stdout, /^persons=\d+ with_wikidata=\d+ \(\d+%\)\n(?: {2}no Wikidata id: .+\n)*$/m);
  });
  it('tells contacts from look-alikes (naming, reported refusals, invitations, single quotes)', () => {
    const r = parley(['eval', 'test/fixtures/tricky.gold.json', 'test/fixtures/tricky.jsonl']);
    assert.equal(r.status, 0, r.stderr);
    assert.match(r.stdout.trim(), /^strict_f1=1\.00 .*quotes_r=1\.00 .*neg_hits=0/);
  });
  it('resolves a role at a date', () => {
    const r = parley(['actors', 'resolve', 'the Israeli Prime Minister', '--date', '2022-08-01', '--json']);
    assert.equal(r.status, 0);
    const j = JSON.parse(r.stdout);
    assert.equal(j.actor.wikidata, 'Q1396120');
    // the term the answer rests on, with its source, and the state's Wikidata id
    assert.deepEqual(
      { title: j.office.title, kind: j.office.kind, start: j.office.start, end: j.office.end },
      { title: 'Prime Minister of Israel', kind: 'hog', start: '2022-07-01', end: '2022-12-29' },
    );
    assert.ok(j.office.source);
    assert.deepEqual(j.country, { iso3: 'ISR', wikidata: 'Q801', name: 'Israel' });
  });
  it('settles a name or role by a context country (--country), and a counterpart by the other side', () => {
    const col = parley(['actors', 'resolve', 'President Santos', '--date', '2012-06-01', '--country', 'COL', '--json']);
    assert.equal(col.status, 0, col.stderr);
    assert.equal(JSON.parse(col.stdout).actor.name, 'Juan Manuel Santos');
    const ago = parley(['actors', 'resolve', 'President Santos', '--date', '2012-06-01', '--country', 'ago', '--json']);
    assert.equal(JSON.parse(ago.stdout).actor.name, 'José Eduardo dos Santos');
    const fm = parley(['actors', 'resolve', 'the foreign minister', '--date', '2019-06-01', '--country', 'FRA']);
    assert.match(
      fm.stdout,
      /^Jean-Yves Le Drian \(Q559040\) — Foreign Minister of France, FRA \(Q142\)\noffice: Foreign Minister of France, 2017-05-17 – 2022-05-20 \(.+\)\nreason: .*given country/,
    );
    // "his Ukrainian counterpart" with the other side named (--of), and a bare counterpart taking --country's
    const kuleba = parley([
      'actors',
      'resolve',
      'his Ukrainian counterpart',
      '--of',
      'Lavrov',
      '--date',
      '2022-03-10',
      '--json',
    ]);
    assert.equal(JSON.parse(kuleba.stdout).actor.name, 'Dmytro Kuleba');
    const cn = parley([
      'actors',
      'resolve',
      'his counterpart',
      '--of',
      'Blinken',
      '--country',
      'CHN',
      '--date',
      '2023-06-18',
      '--json',
    ]);
    assert.equal(JSON.parse(cn.stdout).actor.name, 'Qin Gang');
    // Cambodia's two prime ministers (1993–98): both, then Hun Sen alone
    assert.deepEqual(jointHolders('the Cambodian prime minister', '--date', '1995-01-01'), [
      'Hun Sen',
      'Norodom Ranariddh',
    ]);
    // a role alone, with the country given: that country's office, joint or acting
    assert.deepEqual(jointHolders('the captains regent', '--date', '2024-06-01', '--country', 'SMR'), [
      'Alessandro Rossi',
      'Milena Gasperoni',
    ]);
    const acting = parley([
      'actors',
      'resolve',
      'the acting president',
      '--date',
      '2025-01-10',
      '--country',
      'KOR',
      '--json',
    ]);
    assert.equal(JSON.parse(acting.stdout).actor.name, 'Choi Sang-mok');
    assert.match(JSON.parse(acting.stdout).reason, /^role in the given country \(KOR\) at 2025-01-10/);
    // a title of state names no one who never held such an office: Johnson was prime minister, not president
    const pres = parley(['actors', 'resolve', 'President Johnson', '--date', '2020-01-01', '--json']);
    assert.equal(JSON.parse(pres.stdout).actor.wikidata, null);
    assert.equal(JSON.parse(pres.stdout).reason, 'title + unknown name');
    const pm = parley(['actors', 'resolve', 'Prime Minister Johnson', '--date', '2020-01-01', '--json']);
    assert.equal(JSON.parse(pm.stdout).actor.name, 'Boris Johnson');
    const cp = parley(['actors', 'resolve', "Lavrov's Ukrainian counterpart", '--date', '2022-03-10', '--json']);
    assert.equal(JSON.parse(cp.stdout).actor.name, 'Dmytro Kuleba');
    assert.match(JSON.parse(cp.stdout).reason, /^counterpart of Sergey Lavrov/);
    // two kings named Abdullah in 2010: reported, with both, and settled by the country
    const two = parley(['actors', 'resolve', 'King Abdullah', '--date', '2010-06-01', '--json']);
    assert.equal(two.status, 1);
    assert.deepEqual(
      JSON.parse(two.stdout).ambiguous.map((x: { country: string }) => x.country),
      ['JOR', 'SAU'],
    );
    const sau = parley(['actors', 'resolve', 'King Abdullah', '--date', '2010-06-01', '--country', 'SAU', '--json']);
    assert.equal(JSON.parse(sau.stdout).actor.name, 'Abdullah bin Abdulaziz Al Saud');
    // a post held jointly: both holders
    const and = parley(['actors', 'resolve', 'the Andorran co-prince', '--date', '2020-06-01', '--json']);
    assert.equal(and.status, 0, and.stderr);
    assert.deepEqual(
      JSON.parse(and.stdout).holders.map((x: { name: string }) => x.name),
      ['Emmanuel Macron', 'Joan Enric Vives Sicília'],
    );
    // the plural names the joint holders too; a term known only by its year is not ended by the other
    // co-prince's (Vives with Sarkozy in 2010, Martí Alanis with Chirac in 2000)
    for (const [text, day, names] of [
      ['the Andorran co-princes', '2000-01-01', ['Jacques Chirac', 'Joan Martí i Alanis']],
      ['the Andorran co-prince', '2010-01-01', ['Joan Enric Vives Sicília', 'Nicolas Sarkozy']],
      ['the San Marino Captains Regent', '2023-01-01', ['Manuel Ciavatta', 'Maria Luisa Berti']],
      ['the San Marino Captains Regent', '2023-06-01', ['Adele Tonnini', 'Alessandro Scarano']],
    ] as const)
      assert.deepEqual(jointHolders(text, '--date', day), [...names].sort());
    // Austria's interregnum of 2016–17: the three presidents of the National Council together
    const aut = parley(['actors', 'resolve', 'the Austrian President', '--date', '2016-10-01', '--json']);
    assert.equal(aut.status, 0, aut.stderr);
    assert.equal(JSON.parse(aut.stdout).holders.length, 3);
    // a presidency shared by design since 2025 (both holders' titles say so), not an ambiguity
    assert.deepEqual(jointHolders('the Nicaraguan President', '--date', '2025-06-01'), [
      'Daniel Ortega',
      'Rosario Murillo',
    ]);
    const bad = parley(['actors', 'resolve', 'the foreign minister', '--country', 'Narnia']);
    assert.equal(bad.status, 2);
    assert.match(bad.stderr, /--country takes an ISO 3166 alpha-3 code/);
  });
  it('shows a term whose end is unknown as such, with the last day it is known to have been held', () => {
    const r = parley(['actors', 'show', 'Q113555299']);
    assert.equal(r.status, 0, r.stderr);
    assert.match(
      r.stdout,
      /2020-07-29 – \?\s+Minister of Foreign Affairs of the Comoros .*held on 2021-12-31, end unknown/,
    );
  });
  it('reports how many countries it can name office holders for, and which it cannot', () => {
    const r = parley(['actors', 'coverage', '2010', '--missing', 'fm', '--json']);
    assert.equal(r.status, 0, r.stderr);
    const rows = JSON.parse(r.stdout) as Array<{
      kind: string;
      days: Array<{
        day: string;
        countries: number;
        withPost: number;
        withHolder: number;
        without: string[];
        noPost: string[];
      }>;
    }>;
    assert.deepEqual(
      rows.map((x) => x.kind),
      ['hos', 'hog', 'fm', 'dm'],
    );
    const fm = rows.find((x) => x.kind === 'fm')?.days[0];
    assert.equal(fm?.day, '2010-06-01');
    assert.equal(fm?.withHolder, (fm?.withPost ?? 0) - (fm?.without.length ?? 0));
    assert.equal(fm?.withPost, (fm?.countries ?? 0) - (fm?.noPost.length ?? 0));
    // Clinton's State Department is known; a country the base has no 2010 foreign minister for is listed
    assert.ok(!fm?.without.includes('USA'));
    // a state without the post is counted apart, not as a gap: Costa Rica has no army, the US no prime minister
    const dm = rows.find((x) => x.kind === 'dm')?.days[0];
    assert.ok(dm?.noPost.includes('CRI') && !dm.without.includes('CRI'));
    assert.ok(rows.find((x) => x.kind === 'hog')?.days[0].noPost.includes('USA'));
    assert.ok(!fm?.noPost.includes('CRI'));
    const people = parley(['actors', 'coverage', '2010', '--missing', 'fm']);
    assert.match(people.stdout, /^foreign minister\s+\d+\/\d+$/m);
    assert.match(people.stdout, /no foreign minister on 2010-06-01:\n[A-Z]{3}( [A-Z]{3})*\n/);
    // a state counts on the days it existed: the Soviet Union in 1990, not in 2010; East Timor, Eritrea and Palau in
    // 2010, not in 1990
    const then = JSON.parse(parley(['actors', 'coverage', '1990-06-01', '2010', '--json']).stdout) as typeof rows;
    const hos = then.find((x) => x.kind === 'hos')?.days ?? [];
    assert.equal(
      hos[0].countries,
      hos[1].countries + 4 - 3,
      'the Soviet Union, Czechoslovakia, East Germany, Yugoslavia; not yet East Timor, Eritrea, Palau',
    );
    assert.ok(!hos[0].without.includes('SUN'));
    // past what the base knows, the last holder on record a role is still answered with is counted apart (+N)
    const late = JSON.parse(parley(['actors', 'coverage', '2026-11-01', '--json']).stdout) as Array<{
      kind: string;
      days: Array<{ withHolder: number; withPost: number; presumed: number; without: string[] }>;
    }>;
    const lateFm = late.find((x) => x.kind === 'fm')?.days[0];
    assert.ok((lateFm?.presumed ?? 0) > 0 && (lateFm?.presumed ?? 0) <= (lateFm?.without.length ?? 0));
    assert.equal(fm && (fm as { presumed?: number }).presumed, 0, 'in 2010 no term is presumed');
    assert.match(parley(['actors', 'coverage', '2026-11-01']).stdout, /^foreign minister\s+\d+\/\d+ \(\+\d+\)$/m);
    const bad = parley(['actors', 'coverage', '2010', '--missing', 'envoy']);
    assert.equal(bad.status, 2);
    assert.match(bad.stderr, /--missing takes one of hos, hog, fm, dm/);
  });
});
