/**
 * Keras code -> lab. The code is parsed with `@lezer/python` and evaluated over its syntax tree for
 * the subset course notebooks use (`evaluate.ts`); the model it builds goes through the Keras JSON
 * importer (`to-lab.ts`), and compile/fit become the lab's training settings (`training.ts`).
 * What cannot be carried over is a warning with its line; code that builds no model is refused.
 */
import type { KerasCodeImport } from '../../contract/api.ts';
import { LAB_FORMAT, LAB_VERSION, parseLab } from '../../contract/lab.ts';
import { TrainingConfigSchema } from '../../contract/training.ts';
import { analyzeGraph } from '../../contract/validate.ts';
import { said, saidIssue } from '../../contract/errors.ts';
import { KerasJsonError } from '../keras/format.ts';
import { placeStart } from '../keras/reader.ts';
import { Evaluator, type CodeWarning } from './evaluate.ts';
import { codeWarning } from './expressions.ts';
import { parsePython } from './syntax.ts';
import { modelGraph } from './to-lab.ts';
import { trainingSettings } from './training.ts';
import type { ModelValue } from './values.ts';

export function importKerasCode(code: string, where: string): KerasCodeImport {
  const src = parsePython(code);
  const ev = new Evaluator(src);
  ev.run();
  const model = chooseModel(ev.models, ev);
  if (!model) throw refusal(code, src.errorLines, src.codeLines, where);

  const { graph, warnings: layerWarnings } = modelGraph(model, ev, where);
  const analysis = analyzeGraph(graph);
  const input = graph.nodes.find((n) => n.kind === 'Input');
  const inputShape = input?.kind === 'Input' ? input.params.shape : [];
  const settings = trainingSettings(model, ev, inputShape);
  const training = checkedTraining(settings.training, ev);
  const lab = parseLab(
    {
      format: LAB_FORMAT,
      version: LAB_VERSION,
      name: model.name ?? baseName(where),
      description: where.endsWith('.py') ? `Imported from ${where}.` : 'Imported from Keras code.',
      graph,
      ...(settings.dataset ? { dataset: settings.dataset } : {}),
      training,
    },
    where,
  );
  const warnings: CodeWarning[] = [...ev.warnings, ...layerWarnings];
  if (!analysis.ok)
    for (const issue of analysis.issues)
      warnings.push(
        codeWarning(null, said('error_pywarn_not_valid_yet', { issue: saidIssue(issue) })),
      );
  warnings.sort((a, b) => (a.line ?? Infinity) - (b.line ?? Infinity));
  return { lab, warnings };
}

/** The model trained last, else compiled last, else made last; a lab holds one model. */
function chooseModel(models: ModelValue[], ev: Evaluator): ModelValue | null {
  const fitted = ev.keras.fits.at(-1);
  const compiled = [...models].reverse().find((m) => m.compiled);
  const model = fitted ?? compiled ?? models.at(-1) ?? null;
  if (model && models.length > 1)
    ev.warn(
      model.line,
      said(
        fitted
          ? 'error_pywarn_models_trained'
          : compiled
            ? 'error_pywarn_models_compiled'
            : 'error_pywarn_models_made',
        { count: models.length },
      ),
    );
  return model;
}

/** Settings out of LayerLab's ranges are left at their defaults, each with a warning. */
function checkedTraining(t: Record<string, unknown>, ev: Evaluator): Record<string, unknown> {
  const out = { ...t };
  for (let tries = 0; tries < 20; tries++) {
    const parsed = TrainingConfigSchema.safeParse(out);
    if (parsed.success) return out;
    const issue = parsed.error.issues[0];
    const key = String(issue.path[0]);
    ev.warn(
      null,
      said('error_pywarn_training_setting', {
        key,
        value: String(JSON.stringify(out[key])),
        problem: issue.message,
      }),
    );
    delete out[key];
  }
  return {};
}

/** `lectures/cnn.py` -> `cnn`; pasted code (`the Keras code`) -> `Keras code`. */
function baseName(where: string): string {
  const file = where.split('/').pop()!.split('\\').pop()!;
  return file.endsWith('.py') ? file.slice(0, -3) : 'Keras code';
}

function refusal(
  code: string,
  errorLines: number[],
  codeLines: number,
  where: string,
): KerasJsonError {
  const trimmed = code.trimStart();
  if (!trimmed)
    return new KerasJsonError(
      'not-a-model',
      said('error_python_empty', { where: placeStart(where) }),
    );
  if (trimmed.startsWith('{'))
    return new KerasJsonError(
      'not-a-model',
      said('error_python_is_json', { where: placeStart(where) }),
    );
  if (errorLines.length && errorLines.length * 2 >= codeLines)
    return new KerasJsonError(
      'not-a-model',
      said('error_python_unreadable', { where: placeStart(where), line: errorLines[0] }),
    );
  return new KerasJsonError(
    'not-a-model',
    said('error_python_no_model', { where: placeStart(where) }),
  );
}
