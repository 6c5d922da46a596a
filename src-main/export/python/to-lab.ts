/**
 * The model the code builds, as the Keras model JSON `model.to_json()` would write for it, read by
 * the Keras JSON importer (so layer names, defaults and warnings are those of a JSON import).
 */
import type { GraphDocument } from '../../contract/graph.ts';
import { importKerasJson } from '../keras/import.ts';
import { said } from '../../contract/errors.ts';
import { KerasJsonError, type Json, type JsonObject } from '../keras/format.ts';
import { refusal } from '../keras/reader.ts';
import type { CodeWarning, Evaluator } from './evaluate.ts';
import { DataValue, LayerValue, ModelValue, TensorValue } from './values.ts';

interface Entry {
  layer: LayerValue;
  json: JsonObject;
}

const config = (layer: LayerValue): JsonObject => ({
  ...(layer.config as JsonObject),
  name: layer.name,
});

function inputEntry(layer: LayerValue, shape: number[]): JsonObject {
  return { class_name: 'InputLayer', config: { batch_shape: [null, ...shape], name: layer.name } };
}

/** The Sequential model's layers, with its input shape from an Input, the first layer, build() or fit's data. */
function sequentialJson(model: ModelValue, ev: Evaluator, where: string): Entry[] {
  const entries: Entry[] = [];
  const [first, ...rest] = model.layers;
  if (!first)
    throw new KerasJsonError(
      'bad-graph',
      refusal(where, said('error_python_sequential_empty', { line: model.line })),
    );
  let layers: (LayerValue | TensorValue)[] = model.layers;
  const firstInput =
    first instanceof TensorValue ? first.layer : first.className === 'InputLayer' ? first : null;
  if (firstInput?.inputShape) {
    entries.push({ layer: firstInput, json: inputEntry(firstInput, firstInput.inputShape) });
    layers = rest;
  } else if (!(first instanceof TensorValue)) {
    const fitX = model.fitted?.args[0] ?? model.fitted?.kwargs.get('x');
    const dataShape = fitX instanceof DataValue && fitX.shape ? fitX.shape.slice(1) : null;
    const shape = first.inputShape ?? model.builtShape ?? dataShape;
    if (!shape)
      throw new KerasJsonError(
        'no-input-shape',
        refusal(where, said('error_python_no_input_shape', { line: model.line })),
      );
    const input = new LayerValue(
      'InputLayer',
      {},
      ev.keras.autoName('input_layer'),
      model.line,
      shape,
      true,
    );
    entries.push({ layer: input, json: inputEntry(input, shape) });
  }
  for (const l of layers) {
    if (l instanceof TensorValue || l.className === 'InputLayer') {
      ev.warn(l instanceof TensorValue ? l.layer.line : l.line, said('error_pywarn_input_inside'));
      continue;
    }
    entries.push({ layer: l, json: { class_name: l.className, config: config(l) } });
  }
  return entries;
}

function functionalJson(
  model: ModelValue,
  ev: Evaluator,
  where: string,
): { entries: Entry[]; json: JsonObject } {
  if (model.inputs.length > 1)
    throw new KerasJsonError(
      'bad-graph',
      refusal(
        where,
        said('error_python_several_inputs', { line: model.line, count: model.inputs.length }),
      ),
    );
  if (model.outputs.length > 1)
    ev.warn(model.line, said('error_pywarn_outputs', { count: model.outputs.length }));
  const output = model.outputs[0];
  const reached = new Set<TensorValue>();
  const visit = (t: TensorValue) => {
    if (reached.has(t)) return;
    reached.add(t);
    t.inputs.forEach(visit);
  };
  visit(output);
  const order = ev.keras.tensors.filter((t) => reached.has(t));
  const input = model.inputs[0];
  for (const t of order)
    if (!t.inputs.length && t !== input)
      throw new KerasJsonError(
        'bad-graph',
        refusal(
          where,
          said('error_python_other_input', {
            line: model.line,
            name: t.layer.name,
            inputLine: t.layer.line,
          }),
        ),
      );
  if (!reached.has(input))
    throw new KerasJsonError(
      'bad-graph',
      refusal(
        where,
        said('error_python_output_not_from_input', { line: model.line, name: input.layer.name }),
      ),
    );
  const entries = order.map((t) => ({
    layer: t.layer,
    json: {
      class_name: t.layer.className,
      name: t.layer.name,
      config:
        t.layer.className === 'InputLayer'
          ? { batch_shape: [null, ...t.layer.inputShape!], name: t.layer.name }
          : config(t.layer),
      inbound_nodes: t.inputs.length ? [t.inputs.map((i) => [i.layer.name, 0, 0, {}] as Json)] : [],
    } as JsonObject,
  }));
  return {
    entries,
    json: {
      class_name: 'Functional',
      config: {
        name: model.name ?? 'functional',
        layers: entries.map((e) => e.json),
        input_layers: [[input.layer.name, 0, 0]],
        output_layers: [[output.layer.name, 0, 0]],
      },
    },
  };
}

/** The graph of the model, with the Keras JSON importer's warnings placed at their layers' lines. */
export function modelGraph(
  model: ModelValue,
  ev: Evaluator,
  where: string,
): { graph: GraphDocument; warnings: CodeWarning[] } {
  let entries: Entry[];
  let json: JsonObject;
  if (model.kind === 'sequential') {
    entries = sequentialJson(model, ev, where);
    json = {
      class_name: 'Sequential',
      config: { name: model.name ?? 'sequential', layers: entries.map((e) => e.json) },
    };
  } else ({ entries, json } = functionalJson(model, ev, where));
  const lineOf = (text: string) =>
    entries.find((e) => text.includes(` layer '${e.layer.name}'`))?.layer.line ?? model.line;
  try {
    const { graph, warnings } = importKerasJson(JSON.stringify(json), where);
    return { graph, warnings: warnings.map((w) => ({ line: lineOf(w.message), ...w })) };
  } catch (e) {
    if (e instanceof KerasJsonError) {
      const line = lineOf(e.message);
      // A refusal "In <where>, <detail>." gets its line in both languages; any other, in English.
      if (e.text?.key === 'error_keras_in') {
        const { where, detail } = e.text.params;
        throw new KerasJsonError(e.reason, said('error_keras_in_line', { where, detail, line }));
      }
      throw new KerasJsonError(
        e.reason,
        `${e.message.endsWith('.') ? e.message.slice(0, -1) : e.message} (line ${line}).`,
      );
    }
    throw e;
  }
}
