/** Turning raw label values into class indices, shared by the CSV, NumPy and image loaders. */
import { DataError } from './dataset.ts';
import { said, type ErrorParam } from '../contract/error-text.ts';

export interface Classes {
  classNames: string[];
  labels: Int32Array;
}

/** A binary task needs one sigmoid unit; more classes need softmax. */
export function taskFor(numClasses: number): 'binary' | 'multiclass' {
  return numClasses === 2 ? 'binary' : 'multiclass';
}

export function requireTwoClasses(file: string, classNames: string[], where: ErrorParam): void {
  if (classNames.length < 2) {
    throw new DataError(
      'empty',
      said('error_labels_one_class', { file, where, name: JSON.stringify(classNames[0] ?? '') }),
      file,
    );
  }
}

/**
 * Classes sorted by value: numerically when every label is a number (then they must be whole
 * numbers), else as strings. `describe(i)` says where example `i` came from, for error sentences.
 */
export function indexLabels(
  raw: ArrayLike<string | number>,
  file: string,
  describe: (i: number) => ErrorParam,
): Classes {
  const n = raw.length;
  const numeric = Array.from({ length: n }, (_, i) => {
    const v = raw[i];
    return typeof v === 'number' ? v : v.trim() === '' ? NaN : Number(v);
  });
  const allNumeric = numeric.every((v) => Number.isFinite(v));
  const labels = new Int32Array(n);
  if (allNumeric) {
    const bad = numeric.findIndex((v) => !Number.isInteger(v));
    if (bad >= 0) {
      throw new DataError(
        'unsupported',
        said('error_labels_not_whole', { file, label: numeric[bad], where: describe(bad) }),
        file,
      );
    }
    const values = [...new Set(numeric)].sort((a, b) => a - b);
    const index = new Map(values.map((v, i) => [v, i]));
    for (let i = 0; i < n; i++) labels[i] = index.get(numeric[i])!;
    return { classNames: values.map(String), labels };
  }
  const strings = Array.from({ length: n }, (_, i) => String(raw[i]).trim());
  const empty = strings.indexOf('');
  if (empty >= 0) {
    throw new DataError(
      'corrupt',
      said('error_labels_empty', { file, where: describe(empty) }),
      file,
    );
  }
  const values = [...new Set(strings)].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  const index = new Map(values.map((v, i) => [v, i]));
  for (let i = 0; i < n; i++) labels[i] = index.get(strings[i])!;
  return { classNames: values, labels };
}
