import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { addUserActor, readUserActors } from '../../src/actors/user.js';
import { createPipeline, extractTexts, loadActors } from '../../src/extract.js';

describe("users' own actors", () => {
  it('are added to a file in the data directory and used by extraction', () => {
    const dir = mkdtempSync(join(tmpdir(), 'parley-actors-'));
    const file = join(dir, 'actors.yaml');
    addUserActor(file, {
      name: 'Amara Okonkwo-Lind',
      country: 'NGA',
      aliases: ['Okonkwo-Lind'],
      offices: [{ kind: 'fm', title: 'Foreign Minister', start: '2030-01-01' }],
    });
    addUserActor(file, { name: 'Amara Okonkwo-Lind', country: 'NGA', aliases: ['A. Okonkwo-Lind'] });
    const [p] = readUserActors(file);
    assert.deepEqual(p.aliases, ['Okonkwo-Lind', 'A. Okonkwo-Lind']);
    const kb = loadActors(file);
    const rs = extractTexts(
      [{ published: '2030-05-02', text: 'Okonkwo-Lind met Emmanuel Macron in Paris on Thursday.' }],
      createPipeline({ actors: kb }),
    );
    const ev = rs.events[0];
    assert.equal(ev.status, 'occurred');
    const amara = ev.participants.find((x) => x.name.includes('Okonkwo-Lind'));
    assert.equal(amara?.country, 'NGA');
    assert.equal(amara?.role, 'Foreign Minister of Nigeria');
  });
  it('a malformed file is an error naming the file and the problem', () => {
    const dir = mkdtempSync(join(tmpdir(), 'parley-actors-'));
    const file = join(dir, 'actors.yaml');
    writeFileSync(
      file,
      'persons:\n  - name: X\n    country: RUS\n    offices:\n      - kind: emperor\n        title: Emperor\n',
    );
    assert.throws(
      () => readUserActors(file),
      (e: Error) =>
        e.message ===
        `${file}: person 1: X: office 1 kind must be one of hos, hog, fm, dm, vp, nsa, spokes, leader, org, other`,
    );
    writeFileSync(file, 'persons: [unclosed');
    assert.throws(
      () => readUserActors(file),
      new RegExp(`^Error: ${file.replace(/[/.]/g, '\\$&')}: cannot read user actors`),
    );
  });
});
