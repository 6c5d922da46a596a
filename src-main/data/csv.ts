/**
 * A CSV table: one example per row, numeric feature columns and one label column (by name or 0-based
 * index, default the last). The header row is optional: the first row is taken as a header when it has
 * a non-numeric cell above a numeric one.
 */
import fs from 'node:fs';
import path from 'node:path';
import Papa from 'papaparse';
import { DataError, type Dataset } from './dataset.ts';
import { said } from '../contract/errors.ts';
import { ioError } from './files.ts';
import { indexLabels, requireTwoClasses, taskFor } from './labels.ts';

const isNumber = (cell: string) => cell.trim() !== '' && Number.isFinite(Number(cell));

function findLabelColumn(
  file: string,
  header: string[] | null,
  width: number,
  labelColumn: string | number | undefined,
): number {
  if (labelColumn === undefined) return width - 1;
  if (typeof labelColumn === 'number') {
    if (labelColumn < width) return labelColumn;
    throw new DataError(
      'not-found',
      said('error_csv_no_column_index', { file, width, last: width - 1, column: labelColumn }),
      file,
    );
  }
  if (!header) {
    throw new DataError(
      'not-found',
      said('error_csv_no_header', { file, column: JSON.stringify(labelColumn) }),
      file,
    );
  }
  const at = header.findIndex((h) => h.trim() === labelColumn);
  if (at < 0) {
    throw new DataError(
      'not-found',
      said('error_csv_no_column_name', {
        file,
        column: JSON.stringify(labelColumn),
        columns: header.map((h) => JSON.stringify(h.trim())).join(', '),
      }),
      file,
    );
  }
  return at;
}

export async function loadCsv(file: string, labelColumn?: string | number): Promise<Dataset> {
  let text: string;
  try {
    text = await fs.promises.readFile(file, 'utf8');
  } catch (err) {
    throw ioError(file, err);
  }
  const parsed = Papa.parse<string[]>(text.replace(/^\uFEFF/, ''), { skipEmptyLines: false });
  const quoteError = parsed.errors.find((e) => e.type === 'Quotes');
  if (quoteError) {
    throw new DataError(
      'corrupt',
      said('error_csv_quotes', {
        file,
        line: (quoteError.row ?? 0) + 1,
        detail: quoteError.message,
      }),
      file,
    );
  }
  // Line numbers as a person sees them in an editor (quoted line breaks aside).
  const rows = parsed.data
    .map((cells, i) => ({ cells, line: i + 1 }))
    .filter((r) => !(r.cells.length === 1 && r.cells[0].trim() === ''));
  if (rows.length === 0)
    throw new DataError('empty', said('error_data_empty_file', { file }), file);

  const first = rows[0].cells;
  const second = rows[1]?.cells;
  // A lone row of names, no numbers at all, is a header without examples under it.
  const hasHeader =
    second === undefined
      ? !first.some(isNumber)
      : first.some((cell, j) => !isNumber(cell) && isNumber(second[j] ?? ''));
  const header = hasHeader ? first : null;
  const body = hasHeader ? rows.slice(1) : rows;
  const width = first.length;
  if (body.length === 0)
    throw new DataError('empty', said('error_data_header_only', { file }), file);
  if (width < 2) {
    throw new DataError('unsupported', said('error_csv_one_column', { file }), file);
  }
  const labelAt = findLabelColumn(file, header, width, labelColumn);
  const colName = (j: number) => (header ? ` (${JSON.stringify(header[j].trim())})` : '');

  const nFeatures = width - 1;
  const data = new Float32Array(body.length * nFeatures);
  const rawLabels: string[] = new Array(body.length);
  for (const [i, { cells, line }] of body.entries()) {
    if (cells.length !== width) {
      throw new DataError(
        'mismatch',
        said('error_csv_row_width', {
          file,
          line,
          cells: cells.length,
          first: hasHeader
            ? said('error_csv_the_header')
            : said('error_csv_row', { line: rows[0].line }),
          width,
        }),
        file,
      );
    }
    let k = i * nFeatures;
    for (let j = 0; j < width; j++) {
      if (j === labelAt) continue;
      const v = Number(cells[j]);
      if (cells[j].trim() === '' || !Number.isFinite(v)) {
        throw new DataError(
          'corrupt',
          said('error_csv_not_number', {
            file,
            line,
            column: j + 1,
            name: colName(j),
            value: JSON.stringify(cells[j]),
          }),
          file,
        );
      }
      data[k++] = v;
    }
    rawLabels[i] = cells[labelAt];
  }
  const { classNames, labels } = indexLabels(rawLabels, file, (i) =>
    said('error_csv_row', { line: body[i].line }),
  );
  requireTwoClasses(file, classNames, said('error_csv_label_column', { name: colName(labelAt) }));
  return {
    info: {
      id: file,
      title: path.basename(file),
      task: taskFor(classNames.length),
      classNames,
      featureShape: [nFeatures],
      trainCount: body.length,
      testCount: 0,
      source: file,
    },
    train: { count: body.length, features: { kind: 'f32', data, rowSize: nFeatures }, labels },
    test: null,
  };
}
