/** Lab -> Keras 3 script. OWNED BY HELPER B: placeholder. */
import type { KerasScript } from '../../contract/api.ts';
import type { LabFile } from '../../contract/lab.ts';

export function kerasScript(lab: LabFile): KerasScript {
  return { code: `# ${lab.name}: not written yet\n`, warnings: [] };
}
