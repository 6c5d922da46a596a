/**
 * Which library labs npm test walks where. Every lab is walked once on its quick version, every check
 * required to pass: in the browser (test/e2e/library.spec.ts) for one lab of each kind of check and
 * step, so the steps panel's Set up, Train, Run grid and check states are proven for each; by
 * `layerlab check --walk --quick` (test/integration/library-walk.test.ts) for the others, which
 * proves their numbers with the same engine and check code and without a browser repainting
 * charts beside each run (about a third of a browser walk's CPU).
 */
export const BROWSER_WALKS = [
  'capacity', // metric, overfits + compared, a step without checks
  'grid-search', // a grid check, set-up-only steps
  'early-stopping', // an early-stopped run
  'l1', // weight sparsity, then a metric
];
