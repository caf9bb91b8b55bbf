// One short article per phenomenon, written for these tests.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { names, occurred, run, summary } from '../helpers/extract.js';

describe('one event per real-world contact', () => {
  it('splits a date list into separate calls, and "and again on Thursday" too', () => {
    const rs = run({
      published: '2022-02-05',
      text: 'French President Emmanuel Macron held phone calls with Russian President Vladimir Putin on 28 and 31 January and again on Thursday, the Elysee said.',
    });
    assert.deepEqual(summary(rs), [
      '2022-01-28 phone Macron+Putin occurred',
      '2022-01-31 phone Macron+Putin occurred',
      '2022-02-03 phone Macron+Putin occurred',
    ]);
  });
  it('keeps a multi-party call as one event and completes it from a later participant list', () => {
    const rs = run({
      published: '2023-05-10',
      text: 'Polish President Andrzej Duda hosted a video conference with regional leaders on Tuesday.\n\nParticipants in the call included President Gitanas Nauseda of Lithuania, Prime Minister Evika Silina of Latvia and President Alar Karis of Estonia.',
    });
    assert.deepEqual(summary(rs), ['2023-05-09 video Duda+Karis+Nauseda+Silina occurred']);
    assert.equal(rs.events[0].mentions.length, 2);
  });
  it('adds those "also present" to the meeting of the sentence before, never to a call', () => {
    const rs = run({
      published: '2023-06-14',
      text: 'Zelensky met Antony Blinken in Kyiv on Tuesday. Dmytro Kuleba and Andriy Yermak were also present. On Wednesday, Macron spoke with Scholz by phone. Kuleba was also present at a separate briefing.',
    });
    assert.deepEqual(summary(rs), [
      '2023-06-13 in_person Blinken+Kuleba+Yermak+Zelensky occurred',
      '2023-06-14 phone Macron+Scholz occurred',
    ]);
    // another occasion, on another day, is no attendance of the meeting before
    const other = run({
      published: '2021-10-31',
      text: 'Macron met Biden in Rome on Friday. Scholz also attended the G20 summit on Saturday.',
    });
    assert.deepEqual(summary(other), ['2021-10-29 in_person Biden+Macron occurred']);
    const inverted = run({
      published: '2023-06-14',
      text: 'Zelensky met Antony Blinken in Kyiv on Tuesday. Also present were Dmytro Kuleba and Andriy Yermak.',
    });
    assert.deepEqual(summary(inverted), ['2023-06-13 in_person Blinken+Kuleba+Yermak+Zelensky occurred']);
  });
  it('adds a leader that "the call on Saturday also included" to that day\'s call', () => {
    const rs = run({
      published: '2022-03-18',
      text: 'Zelenskyy spoke with Olaf Scholz on Thursday. He had also spoken with Scholz on Saturday. The call on Saturday also included French President Emmanuel Macron.',
    });
    assert.deepEqual(summary(rs), [
      '2022-03-12 unspecified Macron+Scholz+Zelenskyy occurred',
      '2022-03-17 unspecified Scholz+Zelenskyy occurred',
    ]);
  });
  it('splits "spoke with A on Monday and on Tuesday with B"', () => {
    const rs = run({
      published: '2022-07-29',
      text: 'On Monday, Lapid spoke with Boris Johnson and on Tuesday with Olaf Scholz, an aide said.',
    });
    assert.deepEqual(summary(rs), [
      '2022-07-25 unspecified Johnson+Lapid occurred',
      '2022-07-26 unspecified Lapid+Scholz occurred',
    ]);
  });
  it('splits "phoned A and then B on Sunday" into two calls of that day', () => {
    const rs = run({
      published: '2023-06-12',
      text: 'Spanish Prime Minister Pedro Sánchez phoned French President Emmanuel Macron and then German Chancellor Olaf Scholz on Sunday to discuss migration.',
    });
    assert.deepEqual(summary(rs), [
      '2023-06-11 phone Macron+Sánchez occurred',
      '2023-06-11 phone Scholz+Sánchez occurred',
    ]);
  });
  it('reads "X called Y \'corrupt\'" as naming, not a call', () => {
    const rs = run({
      published: '2024-03-20',
      text: 'During the campaign Milei called Lula "corrupt" in a television interview.',
    });
    assert.deepEqual(summary(rs), []);
  });
  it('reads "welcomed the visiting X" as one meeting, not a visit of its own', () => {
    const rs = run({
      published: '2021-09-24',
      text: 'Indonesian President Joko Widodo welcomed the visiting Australian Prime Minister Scott Morrison to Jakarta on Friday.',
    });
    assert.deepEqual(summary(rs), ['2021-09-24 in_person Morrison+Widodo occurred']);
  });
  it('dates an undated readout of a ministry or the Kremlin on its day, in person when the guest is on a visit', () => {
    const rs = run({
      published: '2023-03-22',
      source: 'Kremlin',
      title: 'Russian-Chinese talks',
      text: "Vladimir Putin held talks with President of the People's Republic of China Xi Jinping, who is in Russia on a state visit.",
    });
    assert.deepEqual(summary(rs), ['2023-03-22 in_person Jinping+Putin occurred']);
    assert.equal(rs.events[0].date.basis, 'publication');
  });
  it('reads a contact in a relative clause, and keeps its date from the main clause', () => {
    const rs = run({
      published: '2022-03-09',
      text: 'Israeli Prime Minister Naftali Bennett, who met Putin in Moscow on Saturday, has since spoken with Zelenskyy three times, an official said.',
    });
    assert.deepEqual(summary(rs), [
      '2022-03-05 in_person Bennett+Putin occurred',
      '? unspecified Bennett+Zelenskyy occurred',
    ]);
  });
  it('dates "this evening" on the day of publication', () => {
    const rs = run({
      published: '2020-03-12',
      text: 'Prime Minister Boris Johnson spoke to President Trump this evening about the pandemic.',
    });
    assert.deepEqual(summary(rs), ['2020-03-12 unspecified Johnson+Trump occurred']);
  });
  it('splits "A met B, and C met D" into two meetings, dated by the gathering they were held at', () => {
    const rs = run({
      published: '2024-07-12',
      text: "NATO leaders met in Washington on Wednesday. On the sidelines, President Joe Biden held a bilateral meeting with Japanese Prime Minister Fumio Kishida, and Ukraine's Volodymyr Zelenskyy met British Prime Minister Keir Starmer.",
    });
    const pairs = occurred(rs)
      .filter((e) => e.participants.every((p) => p.kind === 'person'))
      .map((e) => `${e.date.start} ${names(e)}`)
      .sort();
    assert.deepEqual(pairs, ['2024-07-10 Biden+Kishida', '2024-07-10 Starmer+Zelenskyy']);
  });
  it('leaves out of a proposed summit "between A and B" the one who proposed it', () => {
    const rs = run({
      published: '2022-02-21',
      text: 'French President Emmanuel Macron proposed a summit between Biden and Putin, the Elysee said.',
    });
    assert.deepEqual(summary(rs), ['? in_person Biden+Putin proposed']);
  });
  it('distributes "separate calls" over the people listed', () => {
    const rs = run({
      published: '2023-02-01',
      title: 'Foreign minister holds calls with Nordic counterparts',
      text: 'German Foreign Minister Annalena Baerbock held separate calls today with Foreign Minister Tobias Billström of Sweden and Foreign Minister Pekka Haavisto of Finland.',
    });
    assert.deepEqual(summary(rs), [
      '2023-02-01 phone Baerbock+Billström occurred',
      '2023-02-01 phone Baerbock+Haavisto occurred',
    ]);
  });
  it('merges reports of the same contact across documents and lists date conflicts', () => {
    const rs = run(
      {
        id: 'a',
        published: '2022-03-18',
        text: 'Turkish President Recep Tayyip Erdogan spoke by phone with Vladimir Putin on Thursday.',
      },
      { id: 'b', published: '2022-03-19', text: 'Erdogan and Putin held a phone call on Thursday, the Kremlin said.' },
      { id: 'c', published: '2022-03-17', text: 'Erdogan spoke with Putin by phone today, his office said.' },
    );
    const ev = occurred(rs);
    assert.equal(ev.length, 1);
    assert.deepEqual(ev[0].mentions.map((m) => m.document).sort(), ['a', 'b', 'c']);
    assert.equal(ev[0].date.start, '2022-03-17');
    assert.ok(ev[0].confidence > 0.8);
  });
});

describe('status: did it happen?', () => {
  const cases: Array<[string, string, string]> = [
    ['planned', 'Scholz will meet Biden in Washington on Tuesday.', 'planned'],
    ['plans to visit', 'Macron plans to visit Kyiv next month.', 'planned'],
    ['request', '"It is very important that you speak with Putin," Biden told Scholz.', 'proposed'],
    ['urged', 'Zelenskyy urged Scholz to speak with Xi Jinping.', 'requested'],
    ['hypothetical', 'If Putin calls Scholz, the chancellor would answer, a spokesman said.', 'hypothetical'],
    ['negation', 'Putin and Biden have not spoken since December.', 'denied'],
    ['unable', 'Biden and the Taoiseach were unable to meet in person.', 'denied'],
    ['denial', 'The Kremlin denied that Putin and Scholz had spoken.', 'denied'],
    ['cancelled', 'The meeting between Blinken and Lavrov was cancelled.', 'cancelled'],
    ['not ruled out', 'Scholz did not rule out visiting Moscow to meet Putin.', 'proposed'],
    ['pledge', 'Macron pledged to continue speaking to Putin.', 'proposed'],
    ['no plans', 'Biden has no plans to speak with Putin, the White House said.', 'denied'],
  ];
  for (const [name, text, status] of cases) {
    it(name, () => {
      const rs = run({ published: '2022-03-18', text });
      assert.equal(occurred(rs).length, 0, `no occurred event in: ${text}`);
      assert.ok(
        rs.events.some((e) => e.status === status),
        `${status} in: ${text} → ${summary(rs).join('; ')}`,
      );
    });
  }
  it('a generic party ("leaders can call him") makes no event at all', () => {
    const rs = run({ published: '2022-03-18', text: 'Leaders can call Putin and tell him to stop, Zelenskyy said.' });
    assert.equal(rs.events.length, 0);
  });
  it('a request names the people asked to meet, not the one asking', () => {
    const rs = run({ published: '2022-03-18', text: 'Zelenskyy urged Scholz to speak with Xi Jinping.' });
    assert.deepEqual(rs.events.map(names), ['Jinping+Scholz']);
  });
  it('a planned contact that a later report says took place becomes one occurred event', () => {
    const rs = run(
      { id: 'p', published: '2022-03-18', text: 'Scholz will meet Biden in Washington on Tuesday.' },
      { id: 'q', published: '2022-03-22', text: 'Scholz met Biden in Washington today.' },
    );
    assert.deepEqual(summary(rs), ['2022-03-22 in_person Biden+Scholz occurred']);
  });
  it('leaves domestic meetings out', () => {
    const rs = run({
      published: '2022-02-01',
      text: 'President Biden hosted Senator Dick Durbin and Senator Chuck Grassley in the Oval Office today.',
    });
    assert.equal(rs.events.length, 0);
  });
});

describe('participants', () => {
  it("keeps a surname the article gave to someone it does not know from the base's bearer of that surname", () => {
    const rs = run({
      published: '2024-06-14',
      text: 'John Smith, a spokesman for the group, said the talks went well. Smith met Blinken in Washington on Thursday. Hunter Biden was not present. President Biden spoke with Macron on Wednesday. Tayyip Erdogan arrived later. Erdogan met Putin on Tuesday.',
    });
    // not Jamaica's foreign minister Kamina Johnson-Smith; Erdoğan's own given name keeps him
    assert.deepEqual(summary(rs), [
      '2024-06-11 in_person Erdoğan+Putin occurred',
      '2024-06-12 unspecified Biden+Macron occurred',
    ]);
  });
  it('reads no bare surname nobody introduced as a bearer long out of office', () => {
    // Shankar Dayal Sharma was India's president in the 1990s
    const rs = run({ published: '2024-06-14', text: 'Sharma met Blinken in Washington on Thursday.' });
    assert.deepEqual(summary(rs), []);
    // introduced by name, a former leader keeps his surname
    const named = run({
      published: '2024-06-14',
      text: 'Tony Blair arrived in Jerusalem on Wednesday. Blair met Netanyahu on Thursday.',
    });
    assert.deepEqual(summary(named), ['2024-06-13 in_person Blair+Netanyahu occurred']);
  });
  it("names a minister's counterpart by the post where the base cannot name its holder", () => {
    const rs = run({
      published: '2024-06-05',
      text: 'Sergey Lavrov met his Comorian counterpart in Moscow on Monday.',
    });
    assert.deepEqual(
      rs.events.map((e) => e.participants.map((p) => p.name)),
      [['Sergey Lavrov', 'Foreign Minister of the Comoros']],
    );
  });
  it('takes envoys and security chiefs for participants, not only ministers', () => {
    const rs = run({
      published: '2025-03-14',
      text: 'Keith Kellogg met Volodymyr Zelensky in Kyiv on Monday. Valery Gerasimov spoke by phone with General Dan Caine on Wednesday.',
    });
    assert.deepEqual(summary(rs), [
      '2025-03-10 in_person Kellogg+Zelensky occurred',
      '2025-03-12 phone Caine+Gerasimov occurred',
    ]);
  });
  it('takes "the incoming chancellor" for the post\'s next holder, not the outgoing one', () => {
    const rs = run({
      published: '2025-04-02',
      text: 'The incoming German chancellor spoke by phone with French President Emmanuel Macron on Tuesday, his office said.',
    });
    assert.deepEqual(summary(rs), ['2025-04-01 phone Macron+Merz occurred']);
  });
  it('takes "Erdogan\'s chief adviser" for someone of Erdogan\'s, and "Putin\'s defence minister" for Russia\'s', () => {
    const rs = run({
      published: '2023-06-14',
      text: "Erdogan's chief adviser met Sergei Lavrov in Ankara on Monday. Putin's defence minister spoke with his Chinese counterpart by phone on Monday. Biden's national security adviser Jake Sullivan met Andriy Yermak on Tuesday.",
    });
    assert.deepEqual(rs.events.map((e) => [e.date.start, e.participants.map((p) => p.name).join(' + ')]).sort(), [
      ['2023-06-12', "Recep Tayyip Erdoğan's chief adviser + Sergei Lavrov"],
      ['2023-06-12', 'Sergei Shoigu + Li Shangfu'],
      ['2023-06-13', 'Jake Sullivan + Andriy Yermak'],
    ]);
    const aide = rs.events.flatMap((e) => e.participants).find((p) => p.name.endsWith('chief adviser'));
    assert.equal(aide?.wikidata, null);
    // a relative named after the words is that person, and the one whose relative he is takes no part
    const kin = run({
      published: '2025-06-14',
      text: "Trump's son-in-law Jared Kushner met Benjamin Netanyahu in Jerusalem on Tuesday.",
    });
    assert.deepEqual(summary(kin), ['2025-06-10 in_person Kushner+Netanyahu occurred']);
    const ally = run({
      published: '2023-06-14',
      text: "Putin's ally Alexander Lukashenko met Xi Jinping in Beijing on Wednesday. Zelensky's office said he spoke with Emmanuel Macron on Monday.",
    });
    assert.deepEqual(summary(ally), [
      '2023-06-12 unspecified Macron+Zelensky occurred',
      '2023-06-14 in_person Jinping+Lukashenko occurred',
    ]);
  });
  it('resolves roles at the date of the report and "his counterpart"', () => {
    const rs = run({
      published: '2022-08-01',
      text: 'The Israeli Prime Minister spoke with the French President on Sunday. He told his French counterpart that Israel would act.',
    });
    assert.deepEqual(summary(rs), ['2022-07-31 unspecified Lapid+Macron occurred']);
    assert.ok(rs.events[0].participants.every((p) => p.wikidata));
  });
  it('resolves "the two leaders" to the people already in play', () => {
    const rs = run({
      published: '2022-03-18',
      text: 'Scholz spoke by phone with Zelenskyy on Thursday. On Saturday, the two leaders had held a video call.',
    });
    assert.deepEqual(summary(rs), [
      '2022-03-12 video Scholz+Zelenskyy occurred',
      '2022-03-17 phone Scholz+Zelenskyy occurred',
    ]);
  });
  it('resolves plural role references such as "both foreign ministers"', () => {
    const rs = run({
      published: '2023-03-02',
      text: 'Lavrov met Wang Yi in Moscow on Tuesday. Both foreign ministers held a video call on Wednesday.',
    });
    assert.deepEqual(summary(rs), ['2023-02-28 in_person Lavrov+Yi occurred', '2023-03-01 video Lavrov+Yi occurred']);
  });
  it('reads who is in play from a second paragraph that reports no contact', () => {
    const rs = run({
      published: '2022-02-21',
      text: 'Kyiv was calm on Monday morning.\n\nPresident Putin has massed troops near the border. The Kremlin denies any plan to invade.\n\nHe spoke by phone with Macron on Sunday.',
    });
    assert.deepEqual(summary(rs), ['2022-02-20 phone Macron+Putin occurred']);
  });
  it('keeps an office holder the base cannot name at the date, named by the office', () => {
    const ev = occurred(
      run({
        published: '2025-05-16',
        text: "Kenya's foreign minister Musalia Mudavadi held talks with the Comorian foreign minister on Wednesday in Nairobi.",
      }),
    )[0];
    const comoros = ev.participants.find((p) => p.country === 'COM');
    assert.equal(comoros?.name, 'Foreign Minister of the Comoros');
    assert.equal(comoros?.wikidata, null);
    assert.equal(ev.date.start, '2025-05-14');
  });
  it("names an organisation's head from 'the NATO chief' and 'the head of the IAEA'", () => {
    const rs = run({
      published: '2023-03-09',
      text: "The NATO chief spoke by phone with the Finnish President on Tuesday. On Wednesday Ukraine's foreign minister met the head of the IAEA in Kyiv.",
    });
    assert.deepEqual(summary(rs), [
      '2023-03-07 phone Niinistö+Stoltenberg occurred',
      '2023-03-08 in_person Grossi+Kuleba occurred',
    ]);
  });
  it('reads "UK PM" and "the top US diplomat", and leaves the pm of a time alone', () => {
    const rs = run({
      published: '2023-06-16',
      text: 'UK PM Rishi Sunak met the top US diplomat in London on Thursday at 3 pm.',
    });
    assert.deepEqual(summary(rs), ['2023-06-15 in_person Blinken+Sunak occurred']);
    // the same rule for any abbreviation in capitals; an "FM radio" names no one
    const fm = run({ published: '2023-06-16', text: 'FM Jaishankar met the Australian FM in Delhi on Thursday.' });
    assert.deepEqual(summary(fm), ['2023-06-15 in_person Jaishankar+Wong occurred']);
  });
  it('keeps a participant unknown to the knowledge base, with its country', () => {
    const rs = run({
      published: '2022-05-02',
      text: 'Foreign Minister Dmytro Kuleba met Foreign Minister Marko Ilovac of Serbia in Kyiv today.',
    });
    const ev = occurred(rs)[0];
    const sel = ev.participants.find((p) => p.name.includes('Ilovac'));
    assert.equal(sel?.wikidata, null);
    assert.equal(sel?.country, 'SRB');
  });
  it('links a foreign minister of a smaller state to Wikidata, by name and by role at the date', () => {
    const byName = occurred(
      run({
        published: '2022-05-02',
        text: 'Foreign Minister Dmytro Kuleba met Foreign Minister Nikola Selakovic of Serbia in Kyiv today.',
      }),
    )[0];
    assert.equal(byName.participants.find((p) => p.name.includes('Selakovi'))?.wikidata, 'Q7438681');
    const byRole = occurred(
      run({
        published: '2021-06-10',
        text: "Kuleba spoke by phone with Angola's foreign minister on Wednesday.",
      }),
    )[0];
    assert.deepEqual(byRole.participants.map((p) => p.wikidata).sort(), ['Q100575931', 'Q24025631']);
  });
  it('reads delegations as states and records who initiated the call', () => {
    const rs = run({
      published: '2022-02-28',
      text: 'The Russian delegation met the Ukrainian delegation in Gomel today. Earlier, Erdogan called Zelenskyy at the request of the Ukrainian side.',
    });
    const talks = rs.events.find((e) => e.mode === 'in_person');
    assert.deepEqual(talks?.participants.map((p) => `${p.kind}:${p.country}`).sort(), ['state:RUS', 'state:UKR']);
    const call = rs.events.find((e) => e.mode === 'phone');
    assert.equal(call?.initiator, 'Q39259');
  });
});

describe('wire phrasings', () => {
  it('reads a passive reception with an adverb inside it ("was later received by")', () => {
    const rs = run({ published: '2024-04-10', text: 'Lavrov was later received by President Xi Jinping on Tuesday.' });
    assert.deepEqual(summary(rs), ['2024-04-09 in_person Jinping+Lavrov occurred']);
  });
  it('reads an introductory "In a phone call late Tuesday, X told Y"', () => {
    const rs = run({
      published: '2022-03-03',
      text: 'In a phone call late Tuesday, Putin told Macron that Russia would achieve its goals, the Elysee said.',
    });
    assert.deepEqual(summary(rs), ['2022-03-01 phone Macron+Putin occurred']);
  });
  it('keeps the article spelling of a counterpart named in apposition, and a nickname is not a surname', () => {
    const a = run({
      published: '2022-03-10',
      text: 'Sergei Lavrov held talks with his Turkish counterpart, Mevlut Cavusoglu, in Antalya on Thursday.',
    });
    assert.deepEqual(
      a.events[0].participants.map((p) => p.name),
      ['Sergei Lavrov', 'Mevlut Cavusoglu'],
    );
    const b = run({
      published: '2023-09-20',
      text: 'Biden and Lula met on the sidelines of the U.N. General Assembly in New York on Wednesday.',
    });
    assert.deepEqual(
      b.events[0].participants.map((p) => p.name),
      ['Joe Biden', 'Luiz Inácio Lula da Silva'],
    );
  });
});

describe('evidence, dates and extras', () => {
  it('dates a meeting "where" the travellers met by the day they travelled', () => {
    const rs = run({
      published: '2024-09-12',
      text: 'David Lammy and Antony Blinken travelled to Kyiv on Wednesday, where they met Volodymyr Zelenskyy.',
    });
    assert.deepEqual(summary(rs), ['2024-09-11 in_person Blinken+Lammy+Zelenskyy occurred']);
  });
  it('every mention points at its sentence in the stored text', () => {
    const text = 'Background paragraph.\n\nBiden spoke with Macron by phone on Thursday. They discussed energy.';
    const rs = run({ id: 'e', published: '2022-03-18', text });
    const m = rs.events[0].mentions[0];
    assert.equal(text.slice(m.start, m.end), m.sentence);
    assert.equal(m.sentence, 'Biden spoke with Macron by phone on Thursday.');
  });
  it('anchors a date on a known event and explains it', () => {
    const rs = run({
      published: '2022-06-30',
      text: 'A recording of a telephone conversation between Macron and Putin, which took place four days before the invasion, was broadcast on Thursday.',
    });
    const ev = occurred(rs)[0];
    assert.equal(ev.date.start, '2022-02-20');
    assert.equal(ev.date.basis, 'anchored');
    assert.match(ev.date.explanation ?? '', /invasion/);
  });
  it('gives a range, not a guessed day, when the text has no date', () => {
    const rs = run({ published: '2022-03-18', text: 'Macron has spoken with Putin by phone, an aide said.' });
    const ev = occurred(rs)[0];
    assert.equal(ev.date.start, null);
    assert.equal(ev.date.end, '2022-03-18');
    assert.equal(ev.date.precision, 'range');
  });
  it('reads duration, topics and source attribution', () => {
    const rs = run({
      published: '2024-11-14',
      text: 'Mohammed bin Salman received a phone call from Iranian President Masoud Pezeshkian on Wednesday to discuss regional security, the Saudi Press Agency reported. The 40-minute call also touched on Gaza.',
    });
    const ev = occurred(rs)[0];
    assert.equal(ev.duration_minutes, 40);
    assert.equal(ev.initiator, 'Q5933752');
    assert.deepEqual(ev.topics, ['regional security']);
    assert.equal(ev.mentions[0].attributed_to, 'the Saudi Press Agency');
  });
});

describe('quotes and speakers', () => {
  it('finds speakers before and after the quotation and links a transcript to its call', () => {
    const text =
      'A recording of a phone call between Macron and Putin on 20 February was released on Thursday.\n\nIn the call, Macron pressed the Russian leader. "I do not know where your lawyer learned law," the French president said. Putin replied: "It is not our job to listen to them."\n\nAn aide said later: "We will keep talking to everyone involved."';
    const rs = run({ id: 'q', published: '2022-06-30', text });
    const byText = (s: string) => rs.quotes.find((q) => q.text.startsWith(s));
    const q1 = byText('I do not know');
    const q2 = byText('It is not our job');
    const q3 = byText('We will keep');
    assert.equal(q1?.speaker?.wikidata, 'Q3052772');
    assert.equal(q2?.speaker?.wikidata, 'Q7747');
    assert.equal(q3?.speaker, null);
    const call = occurred(rs)[0];
    assert.equal(q1?.event, call.id);
    assert.equal(q2?.event, call.id);
    assert.equal(q3?.event, null);
    for (const q of rs.quotes) assert.equal(text.slice(q.start, q.end), q.text);
  });
});
