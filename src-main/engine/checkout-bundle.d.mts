/** Types of checkout-bundle.mjs (plain JavaScript, for the launcher). */
export function newestMtime(file: string): number;
export function bundleIsFresh(bundle: string, sources: string[]): boolean;
export function esmEntry(name: string, from: string): string;
export const IMPORT_BANNER: string;
export function routeDynamicImports(
  text: string,
  metafile: {
    outputs: Record<string, { imports: { path: string; kind: string; external?: boolean }[] }>;
  },
): string;
