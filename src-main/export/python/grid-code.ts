/**
 * The lab's grid as a plain loop a teacher could write instead of GridSearchCV: `build_model(...)`
 * with the swept settings as arguments, k-fold (or holdout) scores per setting, the best one
 * printed. It sits behind `RUN_GRID = False`, since it trains many models.
 *
 * The swept values are put into the model code as variables by rendering the lab with a marker
 * value in each swept place and replacing the marker's text: the layer code stays in one place.
 */
import type { AnyGraphNode } from '../../contract/graph.ts';
import {
  expandGrid,
  layerPath,
  selectLayers,
  type GridSpec,
  type GridValue,
} from '../../contract/grid.ts';
import type { LabFile } from '../../contract/lab.ts';
import { LayerLabError, said, type ErrorText } from '../../contract/errors.ts';
import { warningOf, type WarningText } from '../../contract/error-text.ts';
import { LAYERS, type ParamSpec, type Regularizer } from '../../contract/layers.ts';
import { analyzeGraph } from '../../contract/validate.ts';
import { modelCode } from './model-code.ts';
import { pyIdentifier, pyNum, pyStr } from './py.ts';
import { optimizerCode } from './training-code.ts';

interface Sweep {
  path: string;
  variable: string;
  /** The marker's text in the rendered code. */
  marker: string;
}

const snake = (s: string) => s.replace(/([a-z0-9])([A-Z])/g, '$1_$2').toLowerCase();

/**
 * Sets a marker in the lab where `path` points (in every layer it names, so `*Dropout.rate` is one
 * argument for all the Dropout layers); returns the marker's text, or a reason it cannot.
 */
function mark(lab: LabFile, path: string, i: number): string | { unsupported: ErrorText | string } {
  const number = 0.000987654321 + i * 1e-12;
  const at = layerPath(path);
  if (!at) {
    const key = path.split('.')[1];
    if (key !== 'learningRate')
      return { unsupported: said('error_scriptwarn_sweeps_training', { key }) };
    lab.training = { ...lab.training, learningRate: number };
    return pyNum(number);
  }
  const { param, sub } = at;
  const selected = selectLayers(lab.graph.nodes, at.selector);
  if ('problem' in selected)
    return {
      unsupported: said('error_scriptwarn_sweeps_problem', { path, problem: selected.problem }),
    };
  let text = pyNum(number);
  const marked = new Map<string, AnyGraphNode>();
  for (const node of selected.layers) {
    const spec = (LAYERS[node.kind].params as Record<string, ParamSpec>)[param];
    if (!spec || spec.type === 'bool' || spec.type === 'shape')
      return { unsupported: said('error_scriptwarn_sweeps_fixed', { path }) };
    const params = { ...(node.params as Record<string, unknown>) };
    if (spec.type === 'regularizer') {
      if (sub !== 'l1' && sub !== 'l2') return { unsupported: path };
      const current = (params[param] as Regularizer | null) ?? { kind: sub, l1: 0, l2: 0 };
      const next = { ...current, [sub]: number };
      params[param] = {
        ...next,
        kind: next.l1 > 0 && next.l2 > 0 ? 'l1l2' : next.l1 > 0 ? 'l1' : 'l2',
      };
    } else if (spec.type === 'enum') {
      params[param] = `grid_marker_${i}`;
      text = pyStr(`grid_marker_${i}`);
    } else if (spec.type === 'pair') {
      params[param] = [number, number];
    } else {
      params[param] = number;
    }
    marked.set(node.id, { ...node, params } as AnyGraphNode);
  }
  lab.graph = { ...lab.graph, nodes: lab.graph.nodes.map((n) => marked.get(n.id) ?? n) };
  return text;
}

/** `dropout_rate`, `dense_l2` (a regularizer's strength; also for `*Dense`), `learning_rate`. */
function variableOf(lab: LabFile, path: string): string {
  const at = layerPath(path);
  if (!at) return snake(path.split('.')[1]);
  const selected = selectLayers(lab.graph.nodes, at.selector);
  const layers = 'problem' in selected ? [] : selected.layers;
  // Several layers of one kind share the kind's name; a mix takes the first layer's.
  const who =
    layers.length > 1 && layers.every((n) => n.kind === layers[0].kind)
      ? snake(layers[0].kind)
      : (layers[0]?.name ?? at.selector);
  return `${who}_${at.sub ?? snake(at.param)}`;
}

const pyValue = (v: GridValue) =>
  typeof v === 'string' ? pyStr(v) : typeof v === 'boolean' ? (v ? 'True' : 'False') : pyNum(v);

export interface GridCodeContext {
  /** The compile call's loss argument. */
  loss: string;
  /** `keras.utils.to_categorical(y, N)` needed: the number of classes as Python, or null. */
  oneHotClasses: string | null;
  /** The EarlyStopping call, or null. */
  earlyStopping: string | null;
}

/** The grid section, or a sentence saying why the script leaves the grid out. */
export function gridCode(
  lab: LabFile,
  ctx: GridCodeContext,
): { lines: string[] } | { warning: WarningText } {
  const grid = lab.grid as GridSpec;
  const config = lab.training;
  const leftOut = (why: ErrorText) => ({
    warning: warningOf(
      said('error_scriptwarn_grid_left_out', {
        params: grid.params.map((p) => p.path).join(', '),
        why,
      }),
    ),
  });
  if (config.augmentation || config.shuffleLabels)
    return leftOut(said('error_scriptwarn_why_augments'));
  let trials;
  try {
    trials = expandGrid(grid);
  } catch (e) {
    const error = e instanceof LayerLabError ? e.words : (e as Error).message;
    return leftOut(said('error_scriptwarn_why_unexpandable', { error }));
  }
  const marked: LabFile = structuredClone(lab);
  const sweeps: Sweep[] = [];
  const taken = new Set<string>();
  for (const [i, p] of grid.params.entries()) {
    const marker = mark(marked, p.path, i);
    if (typeof marker !== 'string')
      return leftOut(said('error_scriptwarn_why_sweeps', { what: marker.unsupported }));
    let variable = pyIdentifier(variableOf(lab, p.path));
    while (taken.has(variable)) variable += '_';
    taken.add(variable);
    sweeps.push({ path: p.path, variable, marker });
  }
  const unmark = (line: string) =>
    sweeps.reduce((l, s) => l.split(s.marker).join(s.variable), line);
  const model = modelCode(marked.graph, analyzeGraph(marked.graph), {
    indent: '    ',
    rewrite: unmark,
  });
  const optimizer = unmark(optimizerCode(marked.training));

  const ev = grid.evaluation;
  const k = ev.kind === 'kfold' ? ev.folds : 1;
  const rank = grid.rankBy;
  // LayerLab scores a fold by its last epoch, or its best one when early stopping restores it.
  const pick = config.earlyStopping
    ? `${rank === 'val_loss' ? 'min' : 'max'}(h.history["${rank}"])`
    : `h.history["${rank}"][-1]`;
  const subset = config.trainSubset;
  const oneHot = (y: string) =>
    ctx.oneHotClasses ? `keras.utils.to_categorical(${y}, ${ctx.oneHotClasses})` : y;
  const fit = (pad: string, x: string, y: string, validation: string) => [
    `${pad}grid_model = build_model(**setting)`,
    `${pad}h = grid_model.fit(`,
    `${pad}    ${x},`,
    `${pad}    ${y},`,
    `${pad}    epochs=${config.epochs},`,
    `${pad}    batch_size=${config.batchSize},`,
    `${pad}    validation_data=${validation},`,
    ...(ctx.earlyStopping ? [`${pad}    callbacks=[${ctx.earlyStopping}],`] : []),
    ...(config.shuffle ? [] : [`${pad}    shuffle=False,`]),
    `${pad}    verbose=0,`,
    `${pad})`,
    `${pad}fold_scores.append(${pick})`,
  ];
  const how =
    ev.kind === 'kfold'
      ? `the mean ${rank} over ${ev.folds}-fold cross-validation on the training data`
      : `${rank} on the last ${pyNum(ev.fraction * 100)}% of the training data`;
  const pool =
    ev.kind === 'kfold'
      ? [
          ...(subset !== null
            ? [`    x_pool, y_pool = x_train[:${subset}], ${oneHot(`y_train[:${subset}]`)}`]
            : [`    x_pool, y_pool = x_train, ${oneHot('y_train')}`]),
          `    folds = np.array_split(np.random.default_rng(${ev.seed}).permutation(len(x_pool)), ${ev.folds})`,
        ]
      : [
          `    split_at = int(len(x_train) * (1 - ${pyNum(ev.fraction)}))`,
          `    x_pool, y_pool = x_train[:split_at${subset !== null ? `][:${subset}` : ''}], ${oneHot(`y_train[:split_at${subset !== null ? `][:${subset}` : ''}]`)}`,
          `    x_hold, y_hold = x_train[split_at:], ${oneHot('y_train[split_at:]')}`,
        ];
  const loop =
    ev.kind === 'kfold'
      ? [
          `        for k in range(${ev.folds}):`,
          '            train_rows = np.concatenate(folds[:k] + folds[k + 1 :])',
          ...fit(
            '            ',
            'x_pool[train_rows]',
            'y_pool[train_rows]',
            '(x_pool[folds[k]], y_pool[folds[k]])',
          ),
        ]
      : fit('        ', 'x_pool', 'y_pool', '(x_hold, y_hold)');
  return {
    lines: [
      `# The lab's grid search, as LayerLab runs it: ${trials.length} settings, each scored by`,
      `# ${how}. It trains ${trials.length * k} models:`,
      "# set RUN_GRID = True to run it before the lab's own training.",
      'RUN_GRID = False',
      '',
      '',
      `def build_model(${sweeps.map((s) => s.variable).join(', ')}):`,
      ...model,
      '    model.compile(',
      `        optimizer=${optimizer},`,
      `        loss=${ctx.loss},`,
      '        metrics=["accuracy"],',
      '    )',
      '    return model',
      '',
      '',
      'if RUN_GRID:',
      ...pool,
      '    scores = {}',
      '    for setting in [',
      ...trials.map(
        (t) =>
          `        {${sweeps.map((s) => `${pyStr(s.variable)}: ${pyValue(t[s.path])}`).join(', ')}},`,
      ),
      '    ]:',
      '        fold_scores = []',
      ...loop,
      '        scores[str(setting)] = np.mean(fold_scores)',
      `        print(setting, f"${rank} {np.mean(fold_scores):.4f} (std {np.std(fold_scores):.4f})")`,
      `    print("Best setting:", ${rank === 'val_loss' ? 'min' : 'max'}(scores, key=scores.get))`,
    ],
  };
}
