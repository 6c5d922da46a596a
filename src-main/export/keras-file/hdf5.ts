/**
 * HDF5 files in memory, through h5wasm (the HDF5 C library compiled to WebAssembly): a file is made
 * in h5wasm's in-memory file system, filled or read synchronously, and unlinked, so nothing touches
 * the disk and two calls cannot see each other's file. Shared by the `.keras`/`.h5` writer and reader.
 *
 * The package's main (browser/ESM) build, not `h5wasm/node`: the Node build's file system is the
 * host's own disk (Emscripten NODERAWFS), where a relative or root path would land in the working
 * folder or `/`; the ESM build runs in Node as well, with Emscripten's MEMFS.
 */
import type H5Wasm from 'h5wasm';
import { LayerLabError, said } from '../../contract/errors.ts';

export type H5File = InstanceType<typeof H5Wasm.File>;
export type H5Group = InstanceType<typeof H5Wasm.Group>;
export type H5Dataset = InstanceType<typeof H5Wasm.Dataset>;

let h5wasm: typeof H5Wasm | undefined;

/**
 * h5wasm, imported on first use: it is an ES module only, which the checkout's CommonJS CLI bundle
 * (src-main/cli/cli-bundle.mjs) can `import()` but not `require`.
 */
async function library() {
  h5wasm ??= (await import('h5wasm')).default;
  return { lib: h5wasm, module: await h5wasm.ready };
}

/** h5wasm once `library()` has loaded it (every open file implies it has). */
function loaded(): typeof H5Wasm {
  if (!h5wasm) throw new Error('h5wasm was used before it was loaded.');
  return h5wasm;
}

let counter = 0;
const memoryName = () => `/layerlab-${process.pid}-${++counter}.h5`;

/** Makes a new HDF5 file, lets `fill` write it, and returns its bytes. */
export async function writeHdf5(fill: (file: H5File) => void): Promise<Uint8Array> {
  const { lib, module } = await library();
  const fs = module.FS;
  const name = memoryName();
  const file = new lib.File(name, 'w');
  try {
    fill(file);
  } finally {
    file.close();
  }
  try {
    return fs.readFile(name);
  } finally {
    fs.unlink(name);
  }
}

/** HDF5's signature, at offset 0 (or 512, 1024... after a user block). */
const SIGNATURE = [0x89, 0x48, 0x44, 0x46, 0x0d, 0x0a, 0x1a, 0x0a];

export function isHdf5(bytes: Uint8Array): boolean {
  for (let at = 0; at + SIGNATURE.length <= bytes.length; at = at ? at * 2 : 512) {
    if (SIGNATURE.every((b, i) => bytes[at + i] === b)) return true;
    if (at >= 1 << 20) break;
  }
  return false;
}

/**
 * Opens `bytes` as an HDF5 file for `use` (which must finish with the file: it is closed after); a
 * file HDF5 cannot open is `corrupt`, naming `where`.
 */
export async function withHdf5<T>(
  bytes: Uint8Array,
  where: string,
  use: (file: H5File) => T,
): Promise<T> {
  const { lib, module } = await library();
  const fs = module.FS;
  const name = memoryName();
  fs.writeFile(name, bytes);
  let file: H5File | null = null;
  try {
    // HDF5 prints its error stack to stderr by default; while opening, it throws it instead.
    module.activate_throwing_error_handler();
    try {
      file = new lib.File(name, 'r');
    } catch {
      file = null;
    } finally {
      module.deactivate_throwing_error_handler();
    }
    if (!file || !file.file_id || file.file_id < 0n)
      throw new LayerLabError('corrupt', said('error_model_file_bad_hdf5', { file: where }), {
        file: where,
      });
    return use(file);
  } finally {
    try {
      file?.close();
    } catch {
      /* closing a half-open file: nothing left to free */
    }
    fs.unlink(name);
  }
}

/** `withHdf5` for files LayerLab wrote itself (tests read them back). */
export const readHdf5 = <T>(bytes: Uint8Array, read: (file: H5File) => T): Promise<T> =>
  withHdf5(bytes, 'the HDF5 file', read);

export function group(file: H5File | H5Group, path: string): H5Group | null {
  const entity = file.get(path);
  return entity instanceof loaded().Group ? entity : null;
}

export function dataset(file: H5File | H5Group, path: string): H5Dataset | null {
  const entity = file.get(path);
  return entity instanceof loaded().Dataset ? entity : null;
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

/** The group at `path` (slash-separated, relative to `parent`), made with its parents as needed. */
export function groupAt(parent: H5Group, path: string): H5Group {
  let group = parent;
  for (const part of path.split('/').filter(Boolean)) {
    const existing = group.get(part);
    group = existing instanceof loaded().Group ? existing : (group.create_group(part) as H5Group);
  }
  return group;
}

/** A little-endian float32 dataset of `shape` (an empty shape is a scalar). */
export function writeFloat32(group: H5Group, name: string, values: Float32Array, shape: number[]) {
  group.create_dataset({ name, data: values, shape, dtype: '<f' });
}

/** A scalar int64 dataset (Keras' optimizer `iteration`). */
export function writeInt64Scalar(group: H5Group, name: string, value: bigint) {
  group.create_dataset({ name, data: new BigInt64Array([value]), shape: [], dtype: '<q' });
}

/**
 * A list of strings as an attribute, the way h5py writes a numpy array of them; an empty list is
 * an empty float64 array, as h5py writes `np.array([])` (Keras' `weight_names` of a layer without
 * weights).
 */
export function writeStringList(group: H5Group, name: string, values: string[]) {
  if (values.length === 0) group.create_attribute(name, new Float64Array(0), [0], '<d');
  else group.create_attribute(name, values);
}

/**
 * A string-list attribute as Keras reads it (`load_attributes_from_hdf5_group`): an empty list may
 * be an empty float array, and a long one is split over `name0`, `name1`, ... attributes.
 */
export function readStringList(group: H5Group, name: string): string[] | null {
  const read = (key: string) => {
    if (!(key in group.attrs)) return null;
    const value = group.get_attribute(key, true);
    return (Array.isArray(value) ? value : [value])
      .map((v) => (v instanceof Uint8Array ? new TextDecoder().decode(v) : v))
      .filter((v) => typeof v === 'string');
  };
  const whole = read(name);
  if (whole) return whole;
  if (!(`${name}0` in group.attrs)) return null;
  const out: string[] = [];
  for (let i = 0; `${name}${i}` in group.attrs; i++) out.push(...read(`${name}${i}`)!);
  return out;
}

/**
 * A numeric dataset's values as float32, with its shape (`[]` for a scalar); null when it is not
 * numeric (the caller names the file and the weight in its sentence).
 */
export function readFloat32(dataset: H5Dataset): { shape: number[]; values: Float32Array } | null {
  const value = dataset.value;
  const shape = dataset.shape ?? [];
  if (typeof value === 'number' || typeof value === 'bigint')
    return { shape, values: new Float32Array([Number(value)]) };
  if (ArrayBuffer.isView(value) && !(value instanceof DataView))
    return {
      shape,
      values:
        value instanceof Float32Array
          ? value
          : Float32Array.from(value as ArrayLike<number | bigint>, Number),
    };
  return null;
}
