/**
 * The text of a file opened as a lab: a LayerLab lab, or a Keras model JSON (what `model.to_json()`
 * returns, as `layerlab train --model` reads it), which becomes a new lab with a guessed dataset and
 * a sentence for each setting that was left out or changed. Anything else gets one sentence.
 */
import path from 'node:path';
import { said } from '../contract/errors.ts';
import type { WarningText } from '../contract/error-text.ts';
import { DocumentError } from '../contract/graph.ts';
import { LAB_FORMAT, parseLabText, type LabFile } from '../contract/lab.ts';
import { labFromModelFile } from '../export/keras-file/lab.ts';
import { isObject } from '../export/keras/format.ts';
import { importKerasJson } from '../export/keras-json.ts';

export interface LabText {
  lab: LabFile;
  /** Set when the file was a Keras model JSON: what could not be carried over, one sentence each. */
  kerasWarnings?: WarningText[];
}

/** The Keras model JSON in `value`, as text; a file may hold `to_json()`'s string JSON-encoded again. */
function kerasText(value: unknown, text: string): string | null {
  if (typeof value === 'string' && value.trimStart().startsWith('{')) {
    try {
      return kerasText(JSON.parse(value), value);
    } catch {
      return null;
    }
  }
  if (!isObject(value)) return null;
  const isModel = typeof value.class_name === 'string' && value.config !== undefined;
  return isModel || isObject(value.modelTopology) ? text : null;
}

/** `where` is the file's path or name, for messages and the new lab's name. */
export function labFromText(text: string, where: string): LabText {
  let value: unknown;
  try {
    value = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch {
    return { lab: parseLabText(text, where) }; // throws the sentence that places the JSON error
  }
  if (isObject(value) && value.format === LAB_FORMAT) return { lab: parseLabText(text, where) };
  const keras = kerasText(value, text);
  if (!keras)
    throw new DocumentError('invalid-document', said('error_not_lab_or_keras', { where }));
  // Strict, as the CLI: what would train another model is refused; a detail gets a warning.
  const { graph, warnings } = importKerasJson(keras, where, { strict: true });
  const { lab, warnings: all } = labFromModelFile(path.basename(where), { graph, warnings });
  return { lab, kerasWarnings: all };
}
