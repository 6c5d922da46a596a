/**
 * `npm run i18n`: compiles messages/<namespace>/<locale>.json into typed message functions in
 * src-main/contract/messages/ (Paraglide JS), which the renderer, the hosts and the CLI import.
 * The output is committed, so every entry point (tsc, Vite, esbuild, tsx) works on a fresh clone;
 * test/unit/i18n/messages.test.ts fails when it is older than the JSON (message-sources.ts).
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { compileProject, writeOutput } from '@inlang/paraglide-js';
import { loadProjectInMemory, newProject } from '@inlang/sdk';
import { layerlabMessagePlugin } from './message-plugin.ts';
import {
  MESSAGES_OUTDIR,
  ROOT as root,
  SOURCES_HASH_FILE,
  sourcesHash,
} from './message-sources.ts';

/** The generated files, by path relative to the output folder. */
export async function compileMessages(): Promise<Record<string, string>> {
  const settings = JSON.parse(
    fs.readFileSync(path.join(root, 'project.inlang/settings.json'), 'utf8'),
  );
  // In memory: loadProjectFromDirectory would write its own state (.lix) beside settings.json.
  const project = await loadProjectInMemory({
    blob: await newProject({ settings }),
    providePlugins: [layerlabMessagePlugin],
  });
  const wanted = await layerlabMessagePlugin.toBeImportedFiles!({ settings });
  const files = wanted.map(({ path: file, locale }) => ({
    locale,
    content: new Uint8Array(fs.readFileSync(path.join(root, file))),
  }));
  await project.importFiles({ pluginKey: layerlabMessagePlugin.key, files });
  const errors = await project.errors.get();
  if (errors.length) throw errors[0];
  const output = await compileProject({
    project,
    compilerOptions: {
      outputStructure: 'locale-modules',
      strategy: ['globalVariable', 'baseLocale'],
      emitTsDeclarations: true,
      emitReadme: false,
      emitGitIgnore: false,
      isServer: 'false',
    },
  });
  await project.close();
  return output;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) {
  const output = await compileMessages();
  fs.rmSync(MESSAGES_OUTDIR, { recursive: true, force: true });
  await writeOutput({ directory: MESSAGES_OUTDIR, output, fs: fs.promises });
  fs.writeFileSync(SOURCES_HASH_FILE, `${sourcesHash()}\n`);
  console.log(
    `Wrote ${Object.keys(output).length} files to ${path.relative(root, MESSAGES_OUTDIR)}`,
  );
}
