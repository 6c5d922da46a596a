/**
 * The export formats' names and descriptions in the user's language. Formats named after their
 * file type (Keras 3 (.keras), ONNX, TensorFlow.js) keep the catalog's name in every language.
 */
import { EXPORT_FORMATS, type ExportFormat } from './export-formats.ts';
import { m } from './i18n.ts';

const LABELS: Partial<Record<ExportFormat, () => string>> = {
  python: m.export_python_label,
  csv: m.export_csv_label,
};

const DESCRIPTIONS: Record<ExportFormat, () => string> = {
  keras: m.export_keras_description,
  h5: m.export_h5_description,
  onnx: m.export_onnx_description,
  tfjs: m.export_tfjs_description,
  python: m.export_python_description,
  csv: m.export_csv_description,
};

export const exportLabel = (format: ExportFormat): string =>
  LABELS[format]?.() ?? EXPORT_FORMATS[format].label;

export const exportDescription = (format: ExportFormat): string => DESCRIPTIONS[format]();
