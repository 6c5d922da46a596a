/** ONNX writer. OWNED BY HELPER D: placeholder. */
import type { LabFile } from '../../contract/lab.ts';
import type { StoredModel } from '../../store/run-store.ts';

export async function toOnnx(
  lab: LabFile,
  model: StoredModel,
  generator: string,
): Promise<Uint8Array> {
  void lab;
  void model;
  void generator;
  throw new Error('not written yet: ONNX export');
}
