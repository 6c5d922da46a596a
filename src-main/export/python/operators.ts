/** Python operators and truthiness on the values the evaluator knows. */
import { DataValue, Dict, Unknown, type Value } from './values.ts';

export function binary(a: Value, op: string, b: Value): Value {
  if (typeof a === 'number' && typeof b === 'number') {
    switch (op) {
      case '+':
        return a + b;
      case '-':
        return a - b;
      case '*':
        return a * b;
      case '/':
        return a / b;
      case '//':
        return Math.floor(a / b);
      case '%':
        return a % b;
      case '**':
        return a ** b;
      case '<':
        return a < b;
      case '>':
        return a > b;
      case '<=':
        return a <= b;
      case '>=':
        return a >= b;
    }
  }
  if (op === '==' || op === '!=') {
    const known = (v: Value) => v === null || ['number', 'string', 'boolean'].includes(typeof v);
    if (known(a) && known(b)) return (a === b) === (op === '==');
  }
  if (op === '+' && typeof a === 'string' && typeof b === 'string') return a + b;
  if (op === '+' && Array.isArray(a) && Array.isArray(b)) return [...a, ...b];
  // Scaling and shifting data keeps it the same data.
  if (a instanceof DataValue && !(b instanceof DataValue)) return a;
  if (b instanceof DataValue && !(a instanceof DataValue)) return b;
  return new Unknown();
}

/** Python truthiness where it is known. */
export function truthy(v: Value): boolean | undefined {
  if (v === null) return false;
  if (typeof v === 'boolean') return v;
  if (typeof v === 'number') return v !== 0;
  if (typeof v === 'string' || Array.isArray(v)) return v.length > 0;
  if (v instanceof Dict) return v.entries.size > 0;
  return undefined;
}
