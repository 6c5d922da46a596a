/** Keras 3 `.keras` (zip) and legacy HDF5 `.h5` writers. OWNED BY HELPER C: placeholder. */
import type { LabFile } from '../../contract/lab.ts';
import type { StoredModel } from '../../store/run-store.ts';

export async function toKerasFile(
  lab: LabFile,
  model: StoredModel,
  generator: string,
): Promise<Uint8Array> {
  void lab;
  void model;
  void generator;
  throw new Error('not written yet: .keras export');
}

export async function toLegacyH5(
  lab: LabFile,
  model: StoredModel,
  generator: string,
): Promise<Uint8Array> {
  void lab;
  void model;
  void generator;
  throw new Error('not written yet: .h5 export');
}
