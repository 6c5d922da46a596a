/**
 * A backend's name in the user's language. The host's `label` is English (the CLI and logs keep
 * it); the renderer says it again from the backend's `name`, falling back to the label for a name
 * a newer host knows and this renderer does not.
 */
import type { BackendName } from '../../src-main/contract/api.ts';
import { m } from '../../src-main/contract/i18n.ts';

const LABELS: Record<BackendName, () => string> = {
  'tensorflow-gpu': m.hosttext_backend_tensorflow_gpu,
  webgpu: m.hosttext_backend_webgpu,
  tensorflow: m.hosttext_backend_tensorflow,
  wasm: () => 'WebAssembly',
  cpu: m.hosttext_backend_javascript,
};

export const backendLabel = (b: { name: BackendName; label: string }): string =>
  LABELS[b.name]?.() ?? b.label;
