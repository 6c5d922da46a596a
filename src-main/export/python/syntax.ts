/**
 * Python source as a `@lezer/python` syntax tree, with the few helpers the evaluator needs: line
 * numbers, the children of a node, and literal values (numbers, strings) read from their tokens.
 */
import type { SyntaxNode, Tree } from '@lezer/common';
import { parser } from '@lezer/python';

export type { SyntaxNode };

export interface Source {
  code: string;
  tree: Tree;
  /** The 1-based line of an offset. */
  line(offset: number): number;
  text(node: SyntaxNode): string;
  /** Lines whose statement the parser could not read, in order (notebook magics excluded). */
  errorLines: number[];
  /** Whether the parser found an error inside the node. */
  errorIn(node: SyntaxNode): boolean;
  /** Non-blank, non-comment lines: the measure of "parse errors everywhere". */
  codeLines: number;
}

/**
 * Notebook magics and shell escapes (`%matplotlib inline`, `!pip install ...`) are not Python; they
 * are blanked (same length, so offsets and lines stay) before parsing. A line is one when its first
 * non-blank character is `%` or `!`, which no Python statement starts with.
 */
function blankMagics(code: string): string {
  return code
    .split('\n')
    .map((line) => {
      const first = line.trimStart()[0];
      return first === '%' || first === '!' ? ' '.repeat(line.length) : line;
    })
    .join('\n');
}

export function parsePython(raw: string): Source {
  const code = blankMagics(raw.charCodeAt(0) === 0xfeff ? raw.slice(1) : raw);
  const tree = parser.parse(code);
  const starts = [0];
  for (let i = 0; i < code.length; i++) if (code[i] === '\n') starts.push(i + 1);
  const line = (offset: number) => {
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid] <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo + 1;
  };
  const errors = new Set<number>();
  const errorOffsets: number[] = [];
  tree.iterate({
    enter: (n) => {
      if (n.type.isError) {
        errors.add(line(n.from));
        errorOffsets.push(n.from);
      }
    },
  });
  const codeLines = code.split('\n').filter((l) => {
    const t = l.trim();
    return t && !t.startsWith('#');
  }).length;
  return {
    code,
    tree,
    line,
    text: (node) => code.slice(node.from, node.to),
    errorLines: [...errors].sort((a, b) => a - b),
    errorIn: (node) => errorOffsets.some((o) => o >= node.from && o < node.to),
    codeLines,
  };
}

export function children(node: SyntaxNode): SyntaxNode[] {
  const out: SyntaxNode[] = [];
  for (let c = node.firstChild; c; c = c.nextSibling) out.push(c);
  return out;
}

/** Punctuation and keywords that separate the parts of a node. */
const PUNCTUATION = new Set(['(', ')', '[', ']', '{', '}', ',', ':', '.', 'Comment']);
export const isPunctuation = (n: SyntaxNode) => PUNCTUATION.has(n.name);

/** A Python number literal (`1e-3`, `1_000`, `0x10`, `10.`); NaN for complex numbers. */
export function numberValue(text: string): number {
  const t = text.split('_').join('').toLowerCase();
  if (t.endsWith('j')) return NaN;
  if (t.startsWith('0o')) return parseInt(t.slice(2), 8);
  if (t.startsWith('0b')) return parseInt(t.slice(2), 2);
  return Number(t);
}

const ESCAPES: Record<string, string> = {
  n: '\n',
  t: '\t',
  r: '\r',
  '\\': '\\',
  "'": "'",
  '"': '"',
};

/** A Python string literal's value (prefixes, triple quotes and the common escapes). */
export function stringValue(text: string): string {
  let i = 0;
  while (i < text.length && text[i] !== '"' && text[i] !== "'") i++;
  const prefix = text.slice(0, i).toLowerCase();
  const body = text.slice(i);
  const quote = body.startsWith('"""') || body.startsWith("'''") ? body.slice(0, 3) : body[0];
  const inner = body.slice(quote.length, body.length - quote.length);
  if (prefix.includes('r')) return inner;
  let out = '';
  for (let j = 0; j < inner.length; j++) {
    if (inner[j] === '\\' && j + 1 < inner.length) {
      const next = inner[j + 1];
      out += ESCAPES[next] ?? `\\${next}`;
      j++;
    } else out += inner[j];
  }
  return out;
}
