/**
 * The runs' colours, one per run in order: the app's charts and the lab reports draw a run alike.
 * Tableau 10: distinct in print and for the common colour-vision deficiencies.
 */
export const RUN_COLORS = [
  '#4e79a7',
  '#f28e2b',
  '#e15759',
  '#59a14f',
  '#b07aa1',
  '#76b7b2',
  '#edc948',
  '#ff9da7',
  '#9c755f',
  '#6b6b6b',
];

export const runColor = (index: number) =>
  RUN_COLORS[((index % RUN_COLORS.length) + RUN_COLORS.length) % RUN_COLORS.length];
