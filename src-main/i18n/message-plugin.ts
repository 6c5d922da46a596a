/**
 * LayerLab's inlang plugin, loaded from here instead of a CDN (the app builds offline). It reads the
 * inlang message format (`{ "key": "Hello {name}" }`, plurals as `[{ declarations, selectors, match
 * }]`) from several files per locale, one per namespace (core, classroom), so the core app and the
 * guided labs each keep their own file. It also makes the pseudo-locale `en-XA` from English: every
 * text about 40% longer and accented, to show what clips (tests only, never offered to users).
 */
import type { BundleImport, InlangPlugin, MessageImport, VariantImport } from '@inlang/sdk';
import { pseudoText } from './pseudo.ts';

export const PLUGIN_KEY = 'plugin.layerlab.messages';
export const PSEUDO_LOCALE = 'en-XA';

type Options = { pathPatterns: string[]; pseudoFrom?: string };
type Raw =
  string | { declarations?: string[]; selectors?: string[]; match: Record<string, string> }[];
type Pattern = VariantImport['pattern'];

/** "Hello {name}" as text and variable parts; `{{` is no escape here (no message needs one). */
export function parsePattern(text: string, pseudo = false): NonNullable<Pattern> {
  const parts: NonNullable<Pattern> = [];
  for (const [i, piece] of text.split(/\{(\w+)\}/).entries()) {
    if (i % 2) parts.push({ type: 'expression', arg: { type: 'variable-reference', name: piece } });
    else if (piece) parts.push({ type: 'text', value: pseudo ? pseudoText(piece) : piece });
  }
  return parts;
}

/** "input count" or "local countPlural = count: plural". */
function parseDeclaration(line: string) {
  const input = /^input\s+(\w+)$/.exec(line.trim());
  if (input) return { type: 'input-variable' as const, name: input[1] };
  const local = /^local\s+(\w+)\s*=\s*(\w+)\s*:\s*(\w+)$/.exec(line.trim());
  if (!local) throw new Error(`Cannot read the declaration "${line}"`);
  return {
    type: 'local-variable' as const,
    name: local[1],
    value: {
      type: 'expression' as const,
      arg: { type: 'variable-reference' as const, name: local[2] },
      annotation: { type: 'function-reference' as const, name: local[3], options: [] },
    },
  };
}

type Declaration = ReturnType<typeof parseDeclaration>;

function inputsOf(variants: VariantImport[]): Declaration[] {
  const names = variants.flatMap((v) =>
    (v.pattern ?? []).flatMap((p) =>
      p.type === 'expression' && p.arg.type === 'variable-reference' ? [p.arg.name] : [],
    ),
  );
  return names.map((name) => ({ type: 'input-variable', name }));
}

function importOne(key: string, locale: string, raw: Raw, pseudo: boolean) {
  const messageId = `${key}:${locale}`;
  const variants: VariantImport[] = [];
  if (typeof raw === 'string') {
    variants.push({
      id: `${messageId}:0`,
      messageId,
      matches: [],
      pattern: parsePattern(raw, pseudo),
    });
    const message: MessageImport = { id: messageId, bundleId: key, locale, selectors: [] };
    return { message, variants, declarations: inputsOf(variants) };
  }
  const [{ declarations = [], selectors = [], match }] = raw;
  for (const [i, [when, text]] of Object.entries(match).entries()) {
    const matches = when.split(/\s*,\s*/).map((cond) => {
      const [k, value] = cond.split('=');
      return value === '*'
        ? { type: 'catchall-match' as const, key: k }
        : { type: 'literal-match' as const, key: k, value };
    });
    variants.push({
      id: `${messageId}:${i}`,
      messageId,
      matches,
      pattern: parsePattern(text, pseudo),
    });
  }
  const message: MessageImport = {
    id: messageId,
    bundleId: key,
    locale,
    selectors: selectors.map((name) => ({ type: 'variable-reference', name })),
  };
  return {
    message,
    variants,
    declarations: [...declarations.map(parseDeclaration), ...inputsOf(variants)],
  };
}

export const layerlabMessagePlugin: InlangPlugin = {
  key: PLUGIN_KEY,
  toBeImportedFiles: ({ settings }) => {
    const { pathPatterns = [], pseudoFrom } = (settings[PLUGIN_KEY] ?? {}) as Partial<Options>;
    return settings.locales.flatMap((locale) =>
      pathPatterns.map((pattern) => {
        const source = locale === PSEUDO_LOCALE && pseudoFrom ? pseudoFrom : locale;
        return { path: pattern.replace('{locale}', source), locale };
      }),
    );
  },
  importFiles: ({ files }) => {
    const bundles = new Map<string, BundleImport>();
    const messages: MessageImport[] = [];
    const variants: VariantImport[] = [];
    const seen = new Set<string>();
    for (const file of files) {
      const json = JSON.parse(new TextDecoder().decode(file.content)) as Record<string, Raw>;
      for (const [key, raw] of Object.entries(json)) {
        if (key === '$schema') continue;
        if (seen.has(`${key}:${file.locale}`))
          throw new Error(`The message "${key}" is in two files for ${file.locale}: keep one.`);
        seen.add(`${key}:${file.locale}`);
        const one = importOne(key, file.locale, raw, file.locale === PSEUDO_LOCALE);
        const declared = new Map((bundles.get(key)?.declarations ?? []).map((d) => [d.name, d]));
        for (const d of one.declarations) if (!declared.has(d.name)) declared.set(d.name, d);
        const locals = [...declared.values()].filter((d) => d.type === 'local-variable');
        const inputs = [...declared.values()].filter((d) => d.type !== 'local-variable');
        bundles.set(key, { id: key, declarations: [...inputs, ...locals] });
        messages.push(one.message);
        variants.push(...one.variants);
      }
    }
    return { bundles: [...bundles.values()], messages, variants };
  },
};
