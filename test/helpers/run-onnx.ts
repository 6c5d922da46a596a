/** Runs an ONNX file with onnxruntime-node (the export checks' oracle for ONNX). */
import * as ort from 'onnxruntime-node';

/** Runs the model on `x` (shape `shape`) and returns its one output, with its input and output names. */
export async function runOnnx(bytes: Uint8Array, x: Float32Array, shape: number[]) {
  const session = await ort.InferenceSession.create(bytes);
  try {
    const [input] = session.inputNames;
    const [output] = session.outputNames;
    const result = await session.run({ [input]: new ort.Tensor('float32', x, shape) });
    const y = result[output];
    return { input, output, values: y.data as Float32Array, shape: [...y.dims] };
  } finally {
    await session.release();
  }
}
