/**
 * A small ONNX graph builder over the generated onnx.proto messages (`onnx-proto`, on protobufjs):
 * nodes, float and int64 initializers, unique tensor names, and the model's encoding. Only this file
 * and `write.ts` know the protobuf message types.
 */
import onnxProto from 'onnx-proto';

const { onnx } = onnxProto;
type Node = InstanceType<typeof onnx.NodeProto>;
type Tensor = InstanceType<typeof onnx.TensorProto>;
const { AttributeType } = onnx.AttributeProto;
const { DataType } = onnx.TensorProto;

export type AttrValue = number | number[] | { float: number } | string;

function attribute(name: string, value: AttrValue) {
  if (typeof value === 'string')
    return onnx.AttributeProto.create({
      name,
      type: AttributeType.STRING,
      s: new TextEncoder().encode(value),
    });
  if (typeof value === 'number')
    return onnx.AttributeProto.create({ name, type: AttributeType.INT, i: value });
  if (Array.isArray(value))
    return onnx.AttributeProto.create({ name, type: AttributeType.INTS, ints: value });
  return onnx.AttributeProto.create({ name, type: AttributeType.FLOAT, f: value.float });
}

/** Little-endian bytes of a typed array (ONNX raw_data is little-endian, as every host here is). */
const bytesOf = (a: Float32Array | BigInt64Array) =>
  new Uint8Array(a.buffer.slice(a.byteOffset, a.byteOffset + a.byteLength));

export class OnnxGraph {
  readonly nodes: Node[] = [];
  readonly initializers: Tensor[] = [];
  readonly #used = new Set<string>();

  /** Reserves `name` (a layer's name, the input's) so no generated tensor takes it. */
  reserve(name: string): string {
    this.#used.add(name);
    return name;
  }

  /** A tensor name not used yet: `base`, else `base_1`, `base_2`, ... */
  fresh(base: string): string {
    let name = base;
    for (let i = 1; this.#used.has(name); i++) name = `${base}_${i}`;
    return this.reserve(name);
  }

  /** Adds one node; returns its output's name (`output`, or a fresh name from the op). */
  op(
    opType: string,
    inputs: string[],
    attrs: Record<string, AttrValue> = {},
    output?: string,
  ): string {
    const out = output ?? this.fresh(`${inputs[0]}/${opType}`);
    this.nodes.push(
      onnx.NodeProto.create({
        opType,
        name: this.fresh(`node/${out}`),
        input: inputs,
        output: [out],
        attribute: Object.entries(attrs).map(([k, v]) => attribute(k, v)),
      }),
    );
    return out;
  }

  /** A float32 constant of shape `dims` (row-major values). */
  floats(base: string, dims: number[], values: ArrayLike<number>): string {
    const name = this.fresh(base);
    this.initializers.push(
      onnx.TensorProto.create({
        name,
        dataType: DataType.FLOAT,
        dims,
        rawData: bytesOf(Float32Array.from(values)),
      }),
    );
    return name;
  }

  /** An int64 vector constant (shapes, axes). */
  int64s(base: string, values: number[]): string {
    const name = this.fresh(base);
    this.initializers.push(
      onnx.TensorProto.create({
        name,
        dataType: DataType.INT64,
        dims: [values.length],
        rawData: bytesOf(BigInt64Array.from(values, (v) => BigInt(v))),
      }),
    );
    return name;
  }
}

/** A float tensor's type with a symbolic batch dimension: `[batch, ...shape]`. */
export function floatValueInfo(name: string, shape: number[]) {
  return onnx.ValueInfoProto.create({
    name,
    type: {
      tensorType: {
        elemType: DataType.FLOAT,
        shape: { dim: [{ dimParam: 'batch' }, ...shape.map((d) => ({ dimValue: d }))] },
      },
    },
  });
}

export const ONNX_OPSET = 13;
export const ONNX_IR_VERSION = 8;

export interface ModelInfo {
  graphName: string;
  producerVersion: string;
  docString: string;
  input: { name: string; shape: number[] };
  output: { name: string; shape: number[] };
}

/** The model file: IR version 8, the default domain at opset 13. */
export function encodeModel(graph: OnnxGraph, info: ModelInfo): Uint8Array {
  const model = onnx.ModelProto.create({
    irVersion: ONNX_IR_VERSION,
    opsetImport: [{ domain: '', version: ONNX_OPSET }],
    producerName: 'LayerLab',
    producerVersion: info.producerVersion,
    docString: info.docString,
    graph: {
      name: info.graphName,
      node: graph.nodes,
      initializer: graph.initializers,
      input: [floatValueInfo(info.input.name, info.input.shape)],
      output: [floatValueInfo(info.output.name, info.output.shape)],
    },
  });
  return onnx.ModelProto.encode(model).finish();
}
