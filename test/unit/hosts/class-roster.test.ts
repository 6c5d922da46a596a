/** The class list and its sign-in codes: parsing, codes made and written back, typed loosely. */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import {
  isCode,
  normalizeCode,
  parseClassList,
  Roster,
  showCode,
} from '../../../src-main/hosts/class/roster.ts';

const dirs: string[] = [];
const tempDir = () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'layerlab-roster-'));
  dirs.push(dir);
  return dir;
};
afterEach(() => dirs.splice(0).forEach((d) => fs.rmSync(d, { recursive: true, force: true })));

describe('the class list', () => {
  it('reads names and name,code lines, keeps comments, and names the line at fault', () => {
    const lines = parseClassList('Anna\n# week 2\nBen Okafor, k7qm-2p\n\n', 'class.txt');
    expect(lines.flatMap((l) => (l.entry ? [l.entry] : []))).toEqual([
      { name: 'Anna', code: undefined },
      { name: 'Ben Okafor', code: 'K7QM2P' },
    ]);
    expect(() => parseClassList('Anna\nBen,K7QM-20', 'class.txt')).toThrow(
      "Line 2 of class.txt: 'K7QM-20' is not a sign-in code",
    );
    expect(() => parseClassList('Anna\nanna', 'class.txt')).toThrow(
      "Line 2 of class.txt: 'anna' is on the list twice.",
    );
  });

  it('makes codes without look-alikes, writes them back, and keeps folders across starts', () => {
    const dir = tempDir();
    const list = path.join(dir, 'class.txt');
    fs.writeFileSync(list, 'Anna\nBen,K7QM-2P\nZoë Müller\n');
    const roster = new Roster(path.join(dir, 'class'));
    expect(roster.mergeList(list)).toBe(true);
    const written = fs.readFileSync(list, 'utf8').trim().split('\n');
    expect(written[1]).toBe('Ben,K7QM-2P');
    for (const s of roster.students) expect(isCode(s.code)).toBe(true);
    expect(written[0]).toBe(`Anna,${showCode(roster.students[0].code)}`);
    expect(roster.students.map((s) => s.id)).toEqual(['anna', 'ben', 'zoe-muller']);
    expect(roster.byCode(normalizeCode(' k7qm 2p '))?.name).toBe('Ben');
    // The next lesson: the same list, the same students and codes.
    const again = new Roster(path.join(dir, 'class'));
    again.mergeList(list);
    expect(again.students).toEqual(roster.students);
    expect(again.add('Anna').id).toBe('anna-2');
  });
});
