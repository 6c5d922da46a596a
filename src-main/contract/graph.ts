/**
 * The graph document: a versioned JSON DAG of layers. Structural checks live in the schema; shape and
 * parameter checks that need the whole graph live in `validate.ts`.
 */
import { LayerLabError, said, type ErrorText, type ErrorWhere } from './errors.ts';
import { z } from 'zod';
import {
  LAYERS,
  LAYER_KINDS,
  REGULARIZER_KINDS,
  baseName,
  defaultParams,
  type LayerKind,
  type LayerParams,
  type ParamSpec,
} from './layers.ts';

export const GRAPH_FORMAT = 'layerlab-graph';
export const GRAPH_VERSION = 1;

export const RegularizerSchema = z.object({
  kind: z.enum(REGULARIZER_KINDS),
  l1: z.number(),
  l2: z.number(),
});

/**
 * Parameter values are checked loosely here (type only) so that a document with a bad value still
 * loads and the editor can show the problem at the node; `validateGraph` reports ranges with sentences.
 */
function paramSchema(spec: ParamSpec): z.ZodType {
  switch (spec.type) {
    case 'int':
    case 'float':
      return z.number();
    case 'enum':
      return z.string();
    case 'bool':
      return z.boolean();
    case 'shape':
      return z.array(z.number());
    case 'pair':
      return spec.nullable
        ? z.tuple([z.number(), z.number()]).nullable()
        : z.tuple([z.number(), z.number()]);
    case 'regularizer':
      return RegularizerSchema.nullable();
  }
}

export const PositionSchema = z.object({ x: z.number(), y: z.number() });

const nodeSchemas = LAYER_KINDS.map((kind) => {
  const shape: Record<string, z.ZodType> = {};
  for (const [name, spec] of Object.entries(LAYERS[kind].params as Record<string, ParamSpec>)) {
    shape[name] = paramSchema(spec).optional();
  }
  return z.object({
    id: z.string().min(1),
    kind: z.literal(kind),
    name: z.string().min(1).optional(),
    params: z.object(shape).strict().optional(),
    position: PositionSchema.optional(),
  });
});

export const GraphNodeInputSchema = z.discriminatedUnion(
  'kind',
  nodeSchemas as unknown as [(typeof nodeSchemas)[number], ...(typeof nodeSchemas)[number][]],
);

export const GraphEdgeSchema = z.object({
  id: z.string().min(1).optional(),
  source: z.string().min(1),
  target: z.string().min(1),
});

export const GraphDocumentInputSchema = z.object({
  format: z.literal(GRAPH_FORMAT).optional(),
  version: z.number().int().min(1),
  nodes: z.array(GraphNodeInputSchema),
  edges: z.array(GraphEdgeSchema),
});

/** One layer of the graph, with every parameter filled in. */
export interface GraphNode<K extends LayerKind = LayerKind> {
  id: string;
  kind: K;
  /** Keras-style layer name, unique in the graph (`dense`, `dense_1`, ...). */
  name: string;
  params: LayerParams<K>;
  position?: { x: number; y: number };
}
export type AnyGraphNode = { [K in LayerKind]: GraphNode<K> }[LayerKind];

/** An edge from `source`'s output to one input of `target`; a merge takes its inputs in edge order. */
export interface GraphEdge {
  id: string;
  source: string;
  target: string;
}

export interface GraphDocument {
  format: typeof GRAPH_FORMAT;
  version: typeof GRAPH_VERSION;
  nodes: AnyGraphNode[];
  edges: GraphEdge[];
}

/** Migrations from version N to N+1, applied in order on load. Add one whenever the version moves. */
export const GRAPH_MIGRATIONS: Record<
  number,
  (doc: Record<string, unknown>) => Record<string, unknown>
> = {};

export class DocumentError extends LayerLabError {
  declare readonly code: 'invalid-json' | 'invalid-document' | 'future-version';

  constructor(
    code: 'invalid-json' | 'invalid-document' | 'future-version',
    message: string | ErrorText,
    where: ErrorWhere = {},
  ) {
    super(code, message, where);
    this.name = 'DocumentError';
  }
}

/** Runs migrations up to `current`; refuses a document written by a newer LayerLab. */
export function migrate(
  doc: Record<string, unknown>,
  current: number,
  migrations: Record<number, (d: Record<string, unknown>) => Record<string, unknown>>,
  what: 'lab' | 'graph',
): Record<string, unknown> {
  let version = typeof doc.version === 'number' ? doc.version : 1;
  if (version > current) {
    const key = what === 'lab' ? 'error_future_version_lab' : 'error_future_version_graph';
    throw new DocumentError('future-version', said(key, { version, current }));
  }
  let out = doc;
  while (version < current) {
    const step = migrations[version];
    if (!step)
      throw new DocumentError('invalid-document', `No migration from ${what} version ${version}.`);
    out = { ...step(out), version: version + 1 };
    version += 1;
  }
  return out;
}

/** Formats zod issues as short sentences with the JSON path of each, for error messages. */
export function describeIssues(error: z.ZodError, max = 5): string {
  const lines = error.issues.slice(0, max).map((issue) => {
    const path = issue.path.length ? issue.path.join('.') : '(top level)';
    return `${path}: ${issue.message}`;
  });
  if (error.issues.length > max) lines.push(`and ${error.issues.length - max} more`);
  return lines.join('; ');
}

/**
 * Guard + repair: parses (and migrates) any input into a complete `GraphDocument`, filling default
 * parameters and missing names/ids. Throws `DocumentError` with readable sentences.
 */
export function parseGraph(input: unknown): GraphDocument {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) {
    throw new DocumentError('invalid-document', said('error_graph_not_object'));
  }
  const migrated = migrate(
    input as Record<string, unknown>,
    GRAPH_VERSION,
    GRAPH_MIGRATIONS,
    'graph',
  );
  const parsed = GraphDocumentInputSchema.safeParse(migrated);
  if (!parsed.success) {
    throw new DocumentError(
      'invalid-document',
      said('error_graph_invalid', { issues: describeIssues(parsed.error) }),
    );
  }
  return normalizeGraph(parsed.data as never);
}

type LooseNode = {
  id: string;
  kind: LayerKind;
  name?: string;
  params?: Record<string, unknown>;
  position?: { x: number; y: number };
};

function normalizeGraph(doc: {
  nodes: LooseNode[];
  edges: { id?: string; source: string; target: string }[];
}): GraphDocument {
  const taken = new Set(doc.nodes.map((n) => n.name).filter((n): n is string => !!n));
  const nodes = doc.nodes.map((n) => {
    const node = {
      id: n.id,
      kind: n.kind,
      name: n.name ?? uniqueLayerName(n.kind, taken),
      params: { ...defaultParams(n.kind), ...(n.params ?? {}) },
      ...(n.position ? { position: n.position } : {}),
    } as AnyGraphNode;
    taken.add(node.name);
    return node;
  });
  const edges = doc.edges.map((e, i) => ({
    id: e.id ?? `e${i}-${e.source}-${e.target}`,
    source: e.source,
    target: e.target,
  }));
  return { format: GRAPH_FORMAT, version: GRAPH_VERSION, nodes, edges };
}

/** `dense`, then `dense_1`, `dense_2`... as Keras names layers. */
export function uniqueLayerName(kind: LayerKind, taken: Set<string>): string {
  const base = baseName(kind);
  if (!taken.has(base)) return base;
  for (let i = 1; ; i++) if (!taken.has(`${base}_${i}`)) return `${base}_${i}`;
}

/** Builds a sequential chain, the common case (templates, tests, the CLI). */
export function sequential(
  layers: { kind: LayerKind; params?: Record<string, unknown>; name?: string }[],
): GraphDocument {
  const nodes = layers.map((l, i) => ({
    id: `n${i}`,
    kind: l.kind,
    name: l.name,
    params: l.params,
  }));
  const edges = nodes.slice(1).map((n, i) => ({ source: nodes[i].id, target: n.id }));
  return parseGraph({ version: GRAPH_VERSION, nodes, edges });
}
