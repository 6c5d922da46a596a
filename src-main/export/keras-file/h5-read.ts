/**
 * Reading HDF5 bytes with h5wasm: the bytes go into h5wasm's in-memory file system, are read by
 * `use`, and leave again whatever happens.
 */
import h5wasm from 'h5wasm/node';
import { LayerLabError } from '../../contract/errors.ts';

export type H5File = InstanceType<typeof h5wasm.File>;
export type H5Group = InstanceType<typeof h5wasm.Group>;
export type H5Dataset = InstanceType<typeof h5wasm.Dataset>;

/** HDF5's signature, at offset 0 (or 512, 1024... after a user block). */
const SIGNATURE = [0x89, 0x48, 0x44, 0x46, 0x0d, 0x0a, 0x1a, 0x0a];

export function isHdf5(bytes: Uint8Array): boolean {
  for (let at = 0; at + SIGNATURE.length <= bytes.length; at = at ? at * 2 : 512) {
    if (SIGNATURE.every((b, i) => bytes[at + i] === b)) return true;
    if (at >= 1 << 20) break;
  }
  return false;
}

let counter = 0;

/** Opens `bytes` as an HDF5 file for `use`; a file HDF5 cannot open is `corrupt`, naming `where`. */
export async function withHdf5<T>(
  bytes: Uint8Array,
  where: string,
  use: (file: H5File) => T,
): Promise<T> {
  const module = await h5wasm.ready;
  const FS = module.FS;
  const name = `/layerlab-read-${process.pid}-${++counter}.h5`;
  FS!.writeFile(name, bytes);
  let file: H5File | null = null;
  try {
    // HDF5 prints its error stack to stderr by default; while opening, it throws it instead.
    module.activate_throwing_error_handler();
    try {
      file = new h5wasm.File(name, 'r');
    } catch {
      file = null;
    } finally {
      module.deactivate_throwing_error_handler();
    }
    if (!file || !file.file_id || file.file_id < 0n)
      throw new LayerLabError(
        'corrupt',
        `${where} is not a readable HDF5 file (it may be truncated or damaged); save it again from Keras.`,
        { file: where },
      );
    return use(file);
  } finally {
    try {
      file?.close();
    } catch {
      /* closing a half-open file: nothing left to free */
    }
    FS!.unlink(name);
  }
}

export function group(file: H5File | H5Group, path: string): H5Group | null {
  const entity = file.get(path);
  return entity instanceof h5wasm.Group ? entity : null;
}

export function dataset(file: H5File | H5Group, path: string): H5Dataset | null {
  const entity = file.get(path);
  return entity instanceof h5wasm.Dataset ? entity : null;
}

/** A string attribute (h5py writes them as variable-length strings, or bytes in old files). */
export function stringAttr(node: H5File | H5Group, name: string): string | null {
  const attr = node.attrs[name];
  if (!attr) return null;
  const value = attr.value;
  if (typeof value === 'string') return value;
  if (value instanceof Uint8Array) return new TextDecoder().decode(value);
  return null;
}

/** A list-of-strings attribute (`layer_names`, `weight_names`). */
export function stringListAttr(node: H5File | H5Group, name: string): string[] | null {
  const attr = node.attrs[name];
  if (!attr) return null;
  const value = attr.value as unknown;
  const list = Array.isArray(value) ? value : typeof value === 'string' ? [value] : null;
  return (
    list?.map((v) => (v instanceof Uint8Array ? new TextDecoder().decode(v) : String(v))) ?? null
  );
}
