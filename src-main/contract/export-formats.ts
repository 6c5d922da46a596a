/**
 * The formats a trained run or a lab can leave LayerLab in: one row each. The API's schemas, the
 * CLI's `--format` choices and the UI's export menu all read this table; the writers are in
 * `src-main/export/exporters.ts`, keyed the same way.
 */
export interface ExportFormatInfo {
  /** For menus: "Keras 3 (.keras)". */
  label: string;
  /** What the format is for, in one sentence (menus' tooltips, `layerlab export --help`). */
  description: string;
  /** The file name's ending; the TensorFlow.js format is a pair of files in a folder. */
  extension: string;
  /** Whether it needs trained weights (a run) or only the lab (any lab, trained or not). */
  needsWeights: boolean;
  /** Whether it needs a run's training history (a lab alone has none), even without weights. */
  needsHistory: boolean;
}

export const EXPORT_FORMATS = {
  keras: {
    label: 'Keras 3 (.keras)',
    description:
      'The trained model for keras.models.load_model (Keras 3, TensorFlow 2.16 and later).',
    extension: '.keras',
    needsWeights: true,
    needsHistory: false,
  },
  h5: {
    label: 'Keras HDF5 (.h5)',
    description:
      "The trained model in Keras' legacy HDF5 format, as Keras 3's model.save('m.h5') writes it.",
    extension: '.h5',
    needsWeights: true,
    needsHistory: false,
  },
  onnx: {
    label: 'ONNX (.onnx)',
    description: 'The trained model for ONNX Runtime and other ONNX tools (opset 13).',
    extension: '.onnx',
    needsWeights: true,
    needsHistory: false,
  },
  tfjs: {
    label: 'TensorFlow.js (model.json + weights.bin)',
    description: 'The trained model for tf.loadLayersModel in a browser or Node.js.',
    extension: '',
    needsWeights: true,
    needsHistory: false,
  },
  python: {
    label: 'Python script (.py)',
    description: 'Keras code that loads the same data and builds, trains and plots the same model.',
    extension: '.py',
    needsWeights: false,
    needsHistory: false,
  },
  csv: {
    label: 'Training history (.csv)',
    description:
      "The run's metrics per epoch, in the columns of Keras' CSVLogger (epoch counted from 0) plus the penalty, the data loss and the seconds.",
    extension: '.csv',
    needsWeights: false,
    needsHistory: true,
  },
} as const satisfies Record<string, ExportFormatInfo>;

export type ExportFormat = keyof typeof EXPORT_FORMATS;
export const EXPORT_FORMAT_NAMES = Object.keys(EXPORT_FORMATS) as ExportFormat[];

/** A file name from a run's or lab's name: letters, digits, dot, dash and underscore only. */
export function exportBaseName(name: string): string {
  const base = name
    .normalize('NFKD')
    .replace(/[^\w.-]+/g, '_')
    .replace(/^[._]+|_+$/g, '')
    .slice(0, 80);
  return base || 'model';
}
