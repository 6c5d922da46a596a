/** `.keras` / `.h5` saved by Keras -> graph + weights. OWNED BY HELPER E: placeholder. */
import type { GraphDocument } from '../../contract/graph.ts';
import type { StoredModel } from '../../store/run-store.ts';

export interface ReadModelFile {
  graph: GraphDocument;
  model: StoredModel;
  warnings: string[];
}

export async function readModelFile(fileName: string, bytes: Uint8Array): Promise<ReadModelFile> {
  void bytes;
  throw new Error(`not written yet: reading ${fileName}`);
}
