/** Types of checkout-bundle.mjs (plain JavaScript, for the launcher). */
export function newestMtime(file: string): number;
export function bundleIsFresh(bundle: string, sources: string[]): boolean;
export const IMPORT_BANNER: string;
export function checkoutBundleOptions(bundle: {
  entry: string;
  outfile: string;
  banner: string[];
  from: string;
}): Record<string, unknown>;
export interface BundleResult {
  outputFiles: { text: string }[];
  metafile: {
    outputs: Record<string, { imports: { path: string; kind: string; external?: boolean }[] }>;
  };
}
export function bundledText(result: BundleResult): string;
