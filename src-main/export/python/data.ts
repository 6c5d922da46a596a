/**
 * What course code does to plain values and to loaded data, without Keras: the builtins it calls,
 * the rows and shapes of the data through slices and reshapes, and the sizes of the datasets.
 */
import { DataValue, Dict, Unknown, type DatasetName, type Value } from './values.ts';

export const DATASETS: Record<string, { name: DatasetName; train: number; test: number }> = {
  mnist: { name: 'mnist', train: 60000, test: 10000 },
  fashion_mnist: { name: 'fashion-mnist', train: 60000, test: 10000 },
  imdb: { name: 'imdb', train: 25000, test: 25000 },
};
export const DATASET_ROWS = (name: DatasetName, split: 'train' | 'test') =>
  Object.values(DATASETS).find((d) => d.name === name)![split];

export const ints = (v: Value): number[] | null =>
  Array.isArray(v) && v.every((x) => typeof x === 'number' && Number.isInteger(x))
    ? (v as number[])
    : typeof v === 'number' && Number.isInteger(v)
      ? [v]
      : null;

/** `x[from:to]` on the rows of loaded data. */
export function sliceRows(x: DataValue, from: Value, to: Value): Value {
  const length = x.end - x.start;
  const bound = (v: Value, fallback: number) => {
    if (v === null) return fallback;
    if (typeof v !== 'number') return undefined;
    return Math.min(length, Math.max(0, v < 0 ? length + v : v));
  };
  const a = bound(from, 0);
  const b = bound(to, length);
  if (a === undefined || b === undefined) return x.with({ shape: null });
  const rows = Math.max(0, b - a);
  return x.with({
    start: x.start + a,
    end: x.start + a + rows,
    shape: x.shape && [rows, ...x.shape.slice(1)],
  });
}

/** `x.reshape(...)`, with -1 inferred when the shape is known. */
export function reshape(x: DataValue, args: Value[]): DataValue {
  const dims = args.length === 1 ? ints(args[0]) : ints(args);
  if (!dims) return x.with({ shape: null });
  const total = x.shape?.reduce((a, b) => a * b, 1);
  const known = dims.filter((d) => d !== -1).reduce((a, b) => a * b, 1);
  const shape = dims.map((d) => (d === -1 ? (total === undefined ? NaN : total / known) : d));
  return x.with({ shape: shape.every(Number.isInteger) ? shape : null });
}

/** The Python builtins course code uses on plain values. */
export function builtin(name: string, args: Value[]): Value {
  const [a, b, c] = args;
  switch (name) {
    case 'range': {
      const [from, to, step] = args.length === 1 ? [0, a, 1] : [a, b, args.length > 2 ? c : 1];
      if (typeof from !== 'number' || typeof to !== 'number' || typeof step !== 'number' || !step)
        return new Unknown();
      const n = Math.ceil((to - from) / step);
      if (n > 100_000) return new Unknown();
      return Array.from({ length: Math.max(0, n) }, (_, i) => from + i * step);
    }
    case 'len':
      if (Array.isArray(a) || typeof a === 'string') return a.length;
      if (a instanceof Dict) return a.entries.size;
      if (a instanceof DataValue) return a.end - a.start;
      return new Unknown();
    case 'int':
      return typeof a === 'number'
        ? Math.trunc(a)
        : typeof a === 'string'
          ? Number.parseInt(a, 10)
          : new Unknown();
    case 'float':
      return typeof a === 'number' ? a : typeof a === 'string' ? Number(a) : new Unknown();
    case 'list':
    case 'tuple':
      return Array.isArray(a) ? [...a] : a === undefined ? [] : new Unknown();
    case 'enumerate':
      if (a instanceof DataValue) return a;
      return Array.isArray(a) ? a.map((v, i) => [i, v]) : new Unknown();
    case 'zip': {
      if (!args.every(Array.isArray)) return new Unknown();
      const lists = args as Value[][];
      return lists[0]
        .slice(0, Math.min(...lists.map((l) => l.length)))
        .map((_, i) => lists.map((l) => l[i]));
    }
    case 'min':
    case 'max': {
      const xs = args.length === 1 && Array.isArray(a) ? a : args;
      return xs.every((x) => typeof x === 'number')
        ? Math[name](...(xs as number[]))
        : new Unknown();
    }
    case 'abs':
      return typeof a === 'number' ? Math.abs(a) : new Unknown();
    default:
      return new Unknown(name);
  }
}
