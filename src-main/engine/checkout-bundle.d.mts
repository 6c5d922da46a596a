/** Types of checkout-bundle.mjs (plain JavaScript, for the launcher). */
export function newestMtime(file: string): number;
export function bundleIsFresh(bundle: string, sources: string[]): boolean;
