/**
 * What the generated messages are made from, and one hash of it, written beside the output, so a
 * unit test tells in milliseconds when someone edited a JSON file and did not run `npm run i18n`.
 */
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('../../', import.meta.url));
export const MESSAGES_OUTDIR = path.join(ROOT, 'src-main/contract/messages');
export const SOURCES_HASH_FILE = path.join(MESSAGES_OUTDIR, 'sources.sha256');
export const NAMESPACES = ['core', 'classroom', 'checks', 'errors', 'texts', 'cli'] as const;

/** The inputs of `npm run i18n`, relative to the repository's root, sorted. */
export function messageSources(): string[] {
  const json = NAMESPACES.flatMap((ns) =>
    fs
      .readdirSync(path.join(ROOT, 'messages', ns))
      .filter((f) => f.endsWith('.json'))
      .map((f) => `messages/${ns}/${f}`),
  );
  const code = ['message-plugin.ts', 'pseudo.ts', 'compile-messages.ts'].map(
    (f) => `src-main/i18n/${f}`,
  );
  return ['project.inlang/settings.json', ...json, ...code].sort();
}

export function sourcesHash(): string {
  const hash = createHash('sha256');
  for (const file of messageSources()) {
    hash.update(`${file}\0`);
    hash.update(fs.readFileSync(path.join(ROOT, file)));
  }
  return hash.digest('hex');
}

/** One locale's messages of one namespace, as written. */
export function readMessages(ns: string, locale: string): Record<string, unknown> {
  const text = fs.readFileSync(path.join(ROOT, 'messages', ns, `${locale}.json`), 'utf8');
  const { $schema: _schema, ...messages } = JSON.parse(text) as Record<string, unknown>;
  return messages;
}
