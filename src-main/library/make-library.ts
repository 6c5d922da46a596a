/**
 * Writes the library: `npx tsx src-main/library/make-library.ts` turns every lab source into
 * `labs/library/<id>.layerlab.json` and the quick versions into `labs/library/quick.json`. The
 * written files are what the app ships; run this again after editing a source.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { serializeLab } from '../contract/lab.ts';
import { buildLab, type LabSource } from './lab-kit.ts';
import { LIBRARY_SOURCES } from './sources.ts';
import { translationsOf } from './translations.ts';

export function writeLibrary(dir: string, sources: LabSource[] = LIBRARY_SOURCES): string[] {
  fs.mkdirSync(dir, { recursive: true });
  const quick: Record<string, LabSource['quick']> = {};
  const written = sources.map((source) => {
    const file = path.join(dir, `${source.id}.layerlab.json`);
    fs.writeFileSync(file, serializeLab(buildLab(source, translationsOf(source.id))));
    quick[source.id] = source.quick;
    return file;
  });
  fs.writeFileSync(path.join(dir, 'quick.json'), JSON.stringify(quick, null, 2) + '\n');
  return written;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) {
  const dir = fileURLToPath(new URL('../../labs/library', import.meta.url));
  for (const file of writeLibrary(dir)) console.log(path.relative(process.cwd(), file));
}
