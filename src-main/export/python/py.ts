/**
 * Python source text from values: the literals and calls the generated Keras script is made of.
 */
import { pythonFloat } from '../keras/format.ts';

/** A Python string literal in double quotes (the style of the Keras docs). */
export function pyStr(s: string): string {
  let out = '"';
  for (const ch of s) {
    const code = ch.codePointAt(0)!;
    if (ch === '"' || ch === '\\') out += '\\' + ch;
    else if (ch === '\n') out += '\\n';
    else if (ch === '\r') out += '\\r';
    else if (ch === '\t') out += '\\t';
    else if (code < 0x20 || code === 0x7f) out += `\\x${code.toString(16).padStart(2, '0')}`;
    else out += ch;
  }
  return out + '"';
}

/** An int as `12`, any other number as Python's float repr (`0.001`, `1e-05`). */
export function pyNum(x: number): string {
  return Number.isInteger(x) ? String(x) : pythonFloat(x);
}

/** Always a float literal (`0.0`, `0.5`): for arguments Keras documents as floats. */
export const pyFloat = (x: number): string => pythonFloat(x);

export const pyBool = (b: boolean): string => (b ? 'True' : 'False');

/** A tuple of ints: `(28, 28, 1)`, `(784,)`. */
export function pyTuple(xs: readonly number[]): string {
  return xs.length === 1 ? `(${pyNum(xs[0])},)` : `(${xs.map(pyNum).join(', ')})`;
}

/** `name(a, b, key=value)`; on several lines, one argument each, when it would pass `width`. */
export function pyCall(name: string, args: string[], indent = '', width = 96): string {
  const flat = `${name}(${args.join(', ')})`;
  if (indent.length + flat.length <= width || args.length < 2) return flat;
  const inner = indent + '    ';
  return `${name}(\n${args.map((a) => `${inner}${a},`).join('\n')}\n${indent})`;
}

const KEYWORDS = new Set(
  (
    'False None True and as assert async await break class continue def del elif else except ' +
    'finally for from global if import in is lambda nonlocal not or pass raise return try while ' +
    'with yield'
  ).split(' '),
);

/** A Python identifier from a layer name: `dense_1` stays, `my layer` becomes `my_layer`. */
export function pyIdentifier(name: string): string {
  let id = name.replace(/[^A-Za-z0-9_]/g, '_');
  if (!/^[A-Za-z_]/.test(id)) id = '_' + id;
  return KEYWORDS.has(id) ? id + '_' : id;
}
