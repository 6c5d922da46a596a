/**
 * A small evaluator over the Python syntax tree, for the subset course notebooks use to build and
 * train a Keras model: imports, assignments, literals, calls with positional and keyword arguments,
 * functions, loops over known lists, `if` on known values. What it does not follow becomes `Unknown`
 * and is ignored unless the model needs it; the Keras calls themselves are in `keras-calls.ts`.
 */
import { KerasCalls } from './keras-calls.ts';
import { sliceRows } from './data.ts';
import { binary, truthy } from './operators.ts';
import { canonical } from './keras-api.ts';
import {
  children,
  isPunctuation,
  numberValue,
  stringValue,
  type Source,
  type SyntaxNode,
} from './syntax.ts';
import {
  DataValue,
  Dict,
  FunctionValue,
  ModelValue,
  Ref,
  Unknown,
  isUnknown,
  type Value,
} from './values.ts';

export interface CodeWarning {
  line: number | null;
  message: string;
}

/** Statements evaluated before the evaluator gives up (a loop of a million steps is not a model). */
const MAX_STEPS = 200_000;
const MAX_DEPTH = 30;
const MAX_ITERATIONS = 10_000;

class Scope {
  readonly vars = new Map<string, Value>();
  constructor(readonly parent: Scope | null) {}
  get(name: string): Value | undefined {
    return this.vars.has(name) ? this.vars.get(name) : this.parent?.get(name);
  }
}

class Return {
  constructor(readonly value: Value) {}
}
class Break {}
class Continue {}
class OutOfSteps {
  constructor(readonly line: number) {}
}

const BUILTINS = new Set([
  'print',
  'range',
  'len',
  'int',
  'float',
  'str',
  'list',
  'tuple',
  'enumerate',
  'zip',
  'min',
  'max',
  'abs',
  'round',
  'dict',
  'bool',
]);

/** Calls that build or train a model: a loop or branch holding one must not be skipped silently. */
const MODEL_CALLS = new Set(['add', 'compile', 'fit', 'Sequential', 'Model', 'fit_generator']);

export class Evaluator {
  readonly warnings: CodeWarning[] = [];
  readonly keras: KerasCalls;
  private readonly globals = new Scope(null);
  private readonly closures = new WeakMap<FunctionValue, Scope>();
  /** Modules imported with `from M import *`. */
  private readonly stars: string[] = [];
  private steps = 0;
  private depth = 0;

  constructor(readonly src: Source) {
    this.keras = new KerasCalls(this);
    this.globals.vars.set('__name__', '__main__');
  }

  warn(node: SyntaxNode | number | null, message: string): void {
    const line = node === null ? null : typeof node === 'number' ? node : this.src.line(node.from);
    if (!this.warnings.some((w) => w.line === line && w.message === message))
      this.warnings.push({ line, message });
  }

  line(node: SyntaxNode): number {
    return this.src.line(node.from);
  }

  run(): void {
    try {
      this.block(this.src.tree.topNode, this.globals);
    } catch (e) {
      if (e instanceof OutOfSteps)
        this.warn(
          e.line,
          `LayerLab stopped following the code here after ${MAX_STEPS} steps (a long loop?); what comes after was not imported.`,
        );
      else if (!(e instanceof Return || e instanceof Break || e instanceof Continue)) throw e;
    }
  }

  private block(parent: SyntaxNode, scope: Scope): void {
    for (const node of children(parent)) this.statement(node, scope);
  }

  private statement(node: SyntaxNode, scope: Scope): void {
    if (++this.steps > MAX_STEPS) throw new OutOfSteps(this.line(node));
    if (node.type.isError || (isSimple(node) && this.src.errorIn(node))) {
      this.warn(
        node,
        'this line is not Python LayerLab can read, so it was skipped; fix it if it matters for the model.',
      );
      return;
    }
    switch (node.name) {
      case 'ImportStatement':
        return this.importStatement(node, scope);
      case 'AssignStatement':
        return this.assignStatement(node, scope);
      case 'UpdateStatement':
        return this.updateStatement(node, scope);
      case 'ExpressionStatement':
        this.expr(node.firstChild!, scope);
        return;
      case 'FunctionDefinition': {
        const name = node.getChild('VariableName');
        if (name) {
          const fn = new FunctionValue(this.src.text(name), node);
          this.closures.set(fn, scope);
          scope.vars.set(fn.name, fn);
        }
        return;
      }
      case 'DecoratedStatement':
        for (const c of children(node)) if (c.name !== 'Decorator') this.statement(c, scope);
        return;
      case 'ClassDefinition': {
        const name = node.getChild('VariableName');
        if (name)
          scope.vars.set(this.src.text(name), new Unknown(`the class ${this.src.text(name)}`));
        return;
      }
      case 'ForStatement':
        return this.forStatement(node, scope);
      case 'IfStatement':
        return this.ifStatement(node, scope);
      case 'WhileStatement':
        if (this.buildsModel(node))
          this.warn(node, 'LayerLab does not follow while loops, so this loop was skipped.');
        return;
      case 'WithStatement':
      case 'TryStatement': {
        // The body of `with` and `try` (not the `except` handlers).
        const body = node.getChild('Body');
        if (body) this.block(body, scope);
        return;
      }
      case 'Body':
        return this.block(node, scope);
      case 'ReturnStatement': {
        const value = children(node).find((c) => c.name !== 'return');
        throw new Return(value ? this.expr(value, scope) : null);
      }
      case 'BreakStatement':
        throw new Break();
      case 'ContinueStatement':
        throw new Continue();
      default:
        return; // pass, del, global, assert, raise, comments
    }
  }

  /** Whether a skipped part of the code builds or trains a model (then skipping it is worth a warning). */
  private buildsModel(node: SyntaxNode): boolean {
    const c = node.cursor();
    do {
      if (
        (c.name === 'PropertyName' || c.name === 'VariableName') &&
        MODEL_CALLS.has(this.src.code.slice(c.from, c.to))
      )
        return true;
    } while (c.next() && c.from < node.to);
    return false;
  }

  private importStatement(node: SyntaxNode, scope: Scope): void {
    const parts = children(node);
    const dotted = (nodes: SyntaxNode[]) => nodes.map((n) => this.src.text(n)).join('');
    if (parts[0].name === 'from') {
      const at = parts.findIndex((p) => p.name === 'import');
      const module = canonical(dotted(parts.slice(1, at)));
      const names = parts.slice(at + 1).filter((p) => !['(', ')', ','].includes(p.name));
      for (let i = 0; i < names.length; i++) {
        const text = this.src.text(names[i]);
        if (text === '*') {
          this.stars.push(module);
          continue;
        }
        let alias = text;
        if (names[i + 1]?.name === 'as') {
          alias = this.src.text(names[i + 2]);
          i += 2;
        }
        scope.vars.set(alias, new Ref(canonical(`${module}.${text}`)));
      }
      return;
    }
    // import a.b.c [as x], d
    let i = 1;
    while (i < parts.length) {
      const start = i;
      while (i < parts.length && (parts[i].name === 'VariableName' || parts[i].name === '.')) i++;
      const path = dotted(parts.slice(start, i));
      if (parts[i]?.name === 'as') {
        scope.vars.set(this.src.text(parts[i + 1]), new Ref(canonical(path)));
        i += 2;
      } else scope.vars.set(path.split('.')[0], new Ref(path.split('.')[0]));
      i++; // the comma
    }
  }

  private assignStatement(node: SyntaxNode, scope: Scope): void {
    const parts = children(node).filter((c) => c.name !== 'TypeDef');
    const groups: SyntaxNode[][] = [[]];
    for (const p of parts) {
      if (p.name === 'AssignOp') groups.push([]);
      else groups[groups.length - 1].push(p);
    }
    const valueNodes = groups.pop()!.filter((n) => !isPunctuation(n));
    const value =
      valueNodes.length === 1
        ? this.expr(valueNodes[0], scope)
        : valueNodes.map((n) => this.expr(n, scope));
    for (const targets of groups)
      this.assign(
        targets.filter((n) => !isPunctuation(n)),
        value,
        scope,
      );
  }

  /** Binds `value` to one target or unpacks it over several (`(x, y), (a, b) = ...`). */
  private assign(targets: SyntaxNode[], value: Value, scope: Scope): void {
    if (targets.length === 1) {
      const t = targets[0];
      if (t.name === 'VariableName') scope.vars.set(this.src.text(t), value);
      else if (['TupleExpression', 'ArrayExpression', 'ParenthesizedExpression'].includes(t.name))
        this.assign(
          children(t).filter((n) => !isPunctuation(n)),
          t.name === 'ParenthesizedExpression' ? value : value,
          scope,
        );
      // Attributes and items (`model.trainable = False`, `a[0] = 1`) do not matter here.
      return;
    }
    const items = Array.isArray(value) ? value : null;
    targets.forEach((t, i) =>
      this.assign([t], items ? (items[i] ?? new Unknown()) : new Unknown(), scope),
    );
  }

  private updateStatement(node: SyntaxNode, scope: Scope): void {
    const [target, op, valueNode] = children(node);
    if (target.name !== 'VariableName' || !valueNode) return;
    const name = this.src.text(target);
    const old = scope.get(name) ?? new Unknown();
    scope.vars.set(name, binary(old, this.src.text(op).slice(0, -1), this.expr(valueNode, scope)));
  }

  private forStatement(node: SyntaxNode, scope: Scope): void {
    const parts = children(node);
    const at = parts.findIndex((p) => p.name === 'in');
    const targets = parts.slice(1, at).filter((n) => !isPunctuation(n));
    const iterable = this.expr(parts[at + 1], scope);
    const body = node.getChild('Body');
    if (!body) return;
    const items = this.items(iterable);
    if (!items) {
      if (!(iterable instanceof DataValue) && this.buildsModel(body))
        this.warn(
          node,
          'LayerLab could not tell what this loop goes over, so its body was skipped; write the layers out if they belong to the model.',
        );
      return;
    }
    for (const item of items.slice(0, MAX_ITERATIONS)) {
      this.assign(targets, item, scope);
      try {
        this.block(body, scope);
      } catch (e) {
        if (e instanceof Break) break;
        if (!(e instanceof Continue)) throw e;
      }
    }
  }

  private items(v: Value): Value[] | null {
    if (Array.isArray(v)) return v;
    if (typeof v === 'string') return [...v];
    if (v instanceof Dict) return [...v.entries.keys()];
    return null;
  }

  private ifStatement(node: SyntaxNode, scope: Scope): void {
    const parts = children(node);
    for (let i = 0; i < parts.length; i++) {
      const p = parts[i];
      if (p.name === 'else') return this.block(parts[i + 1], scope);
      if (p.name !== 'if' && p.name !== 'elif') continue;
      const test = truthy(this.expr(parts[i + 1], scope));
      const body = parts[i + 2];
      if (test === undefined) {
        if (this.buildsModel(node))
          this.warn(
            p,
            'LayerLab could not tell whether this condition holds; it followed this branch.',
          );
        return this.block(body, scope);
      }
      if (test) return this.block(body, scope);
      i += 2;
    }
  }

  expr(node: SyntaxNode, scope: Scope): Value {
    switch (node.name) {
      case 'Number':
        return numberValue(this.src.text(node));
      case 'String':
        return stringValue(this.src.text(node));
      case 'ContinuedString':
        return children(node)
          .map((s) => (s.name === 'String' ? stringValue(this.src.text(s)) : ''))
          .join('');
      case 'Boolean':
        return this.src.text(node) === 'True';
      case 'None':
        return null;
      case 'VariableName':
        return this.name(this.src.text(node), scope);
      case 'ParenthesizedExpression': {
        const inner = children(node).find((c) => !isPunctuation(c));
        return inner ? this.expr(inner, scope) : [];
      }
      case 'TupleExpression':
      case 'ArrayExpression':
        return children(node)
          .filter((c) => !isPunctuation(c))
          .map((c) => this.expr(c, scope));
      case 'DictionaryExpression': {
        const entries = new Map<string | number, Value>();
        const parts = children(node).filter((c) => !['{', '}', ','].includes(c.name));
        for (let i = 0; i + 2 < parts.length + 1; i += 3) {
          const key = this.expr(parts[i], scope);
          if (parts[i + 1]?.name !== ':') break;
          if (typeof key === 'string' || typeof key === 'number')
            entries.set(key, this.expr(parts[i + 2], scope));
        }
        return new Dict(entries);
      }
      case 'UnaryExpression': {
        const [op, operand] = children(node);
        const v = this.expr(operand, scope);
        const o = this.src.text(op);
        if (o === 'not') {
          const t = truthy(v);
          return t === undefined ? new Unknown() : !t;
        }
        if (typeof v === 'number') return o === '-' ? -v : o === '+' ? v : ~v;
        return v instanceof DataValue ? v : new Unknown();
      }
      case 'BinaryExpression': {
        const [a, op, b] = children(node);
        const o = this.src.text(op);
        const left = this.expr(a, scope);
        if (o === 'and' || o === 'or') {
          const t = truthy(left);
          if (t === undefined) return new Unknown();
          return (o === 'and') === t ? this.expr(b, scope) : left;
        }
        return binary(left, o, this.expr(b, scope));
      }
      case 'ConditionalExpression': {
        const [then, , test, , otherwise] = children(node);
        const t = truthy(this.expr(test, scope));
        return t === undefined
          ? this.expr(then, scope)
          : t
            ? this.expr(then, scope)
            : this.expr(otherwise, scope);
      }
      case 'MemberExpression':
        return this.member(node, scope);
      case 'CallExpression':
        return this.call(node, scope);
      default:
        return new Unknown(); // lambdas, comprehensions, f-strings, ...
    }
  }

  private name(name: string, scope: Scope): Value {
    const v = scope.get(name);
    if (v !== undefined) return v;
    for (const module of this.stars) {
      const path = canonical(`${module}.${name}`);
      if (this.keras.knows(path)) return new Ref(path);
    }
    if (BUILTINS.has(name)) return new Ref(`builtins.${name}`);
    return new Unknown(name);
  }

  private member(node: SyntaxNode, scope: Scope): Value {
    const parts = children(node);
    const object = this.expr(parts[0], scope);
    if (parts[1]?.name === '.') {
      const prop = this.src.text(parts[2]);
      if (object instanceof Ref) return new Ref(canonical(`${object.path}.${prop}`));
      return this.keras.attribute(object, prop);
    }
    return this.subscript(object, parts.slice(2, -1), scope);
  }

  /** `a[i]`, `a[1:3]`, `x[:1000]`, `x[..., None]`. */
  private subscript(object: Value, index: SyntaxNode[], scope: Scope): Value {
    const slots: SyntaxNode[][] = [[]];
    for (const n of index) {
      if (n.name === ',') slots.push([]);
      else slots[slots.length - 1].push(n);
    }
    const slice = (slot: SyntaxNode[]) => {
      const colon = slot.findIndex((n) => n.name === ':');
      if (colon < 0) return null;
      const bound = (nodes: SyntaxNode[]) => {
        const n = nodes.filter((x) => x.name !== ':')[0];
        return n ? this.expr(n, scope) : null;
      };
      return { from: bound(slot.slice(0, colon)), to: bound(slot.slice(colon + 1, colon + 2)) };
    };
    const first = slice(slots[0]);
    if (object instanceof DataValue) {
      if (first && slots.length === 1) return sliceRows(object, first.from, first.to);
      const texts = slots.map((s) => s.map((n) => this.src.text(n)).join(''));
      // x[..., None] / x[..., np.newaxis] add a last axis.
      if (texts.length === 2 && texts[0] === '...' && ['None', 'np.newaxis'].includes(texts[1]))
        return object.with({ shape: object.shape && [...object.shape, 1] });
      return object.with({ shape: null });
    }
    if (Array.isArray(object) || typeof object === 'string') {
      const list = Array.isArray(object) ? object : [...object];
      if (first && slots.length === 1) {
        const from = typeof first.from === 'number' ? first.from : 0;
        const to = typeof first.to === 'number' ? first.to : list.length;
        const out = list.slice(
          from < 0 ? list.length + from : from,
          to < 0 ? list.length + to : to,
        );
        return Array.isArray(object) ? out : out.join('');
      }
      const i = slots.length === 1 && slots[0].length === 1 ? this.expr(slots[0][0], scope) : null;
      if (typeof i === 'number') return list[i < 0 ? list.length + i : i] ?? new Unknown();
    }
    if (object instanceof Dict && slots.length === 1 && slots[0].length === 1) {
      const key = this.expr(slots[0][0], scope);
      if (typeof key === 'string' || typeof key === 'number')
        return object.entries.get(key) ?? new Unknown();
    }
    return new Unknown();
  }

  private call(node: SyntaxNode, scope: Scope): Value {
    const callee = node.firstChild!;
    const argList = node.getChild('ArgList');
    const args: Value[] = [];
    const kwargs = new Map<string, Value>();
    const parts = argList ? children(argList).filter((c) => !isPunctuation(c)) : [];
    for (let i = 0; i < parts.length; i++) {
      const p = parts[i];
      if (p.name === 'VariableName' && parts[i + 1]?.name === 'AssignOp') {
        kwargs.set(this.src.text(p), this.expr(parts[i + 2], scope));
        i += 2;
      } else if (p.name === '*' || p.name === '**') {
        i += 1; // *args and **kwargs are not followed
      } else args.push(this.expr(p, scope));
    }
    const line = this.line(node);
    if (callee.name === 'MemberExpression' && callee.getChild('.')) {
      const object = this.expr(callee.firstChild!, scope);
      const method = this.src.text(callee.lastChild!);
      if (object instanceof Ref)
        return this.keras.callPath(canonical(`${object.path}.${method}`), args, kwargs, line);
      return this.keras.method(object, method, args, kwargs, line);
    }
    const fn = this.expr(callee, scope);
    if (fn instanceof FunctionValue) return this.invoke(fn, args, kwargs, line);
    if (fn instanceof Ref) return this.keras.callPath(fn.path, args, kwargs, line);
    return this.keras.callValue(fn, args, kwargs, line);
  }

  /** Calls a function defined in the code, with Python's binding of arguments to parameters. */
  private invoke(
    fn: FunctionValue,
    args: Value[],
    kwargs: Map<string, Value>,
    line: number,
  ): Value {
    if (this.depth >= MAX_DEPTH) {
      this.warn(
        line,
        `LayerLab stopped following calls of ${fn.name} here (too deep a recursion).`,
      );
      return new Unknown();
    }
    const closure = this.closures.get(fn) ?? this.globals;
    const local = new Scope(closure);
    const params = fn.node.getChild('ParamList');
    const parts = params ? children(params).filter((c) => !['(', ')', ','].includes(c.name)) : [];
    let position = 0;
    for (let i = 0; i < parts.length; i++) {
      const p = parts[i];
      if (p.name === '*' || p.name === '**') {
        const rest = parts[i + 1];
        if (rest?.name === 'VariableName')
          local.vars.set(
            this.src.text(rest),
            p.name === '*' ? args.slice(position) : new Dict(new Map()),
          );
        i += 1;
        continue;
      }
      if (p.name !== 'VariableName') continue;
      const name = this.src.text(p);
      let value: Value | undefined = kwargs.has(name) ? kwargs.get(name) : args[position];
      position++;
      if (parts[i + 1]?.name === 'AssignOp') {
        if (value === undefined) value = this.expr(parts[i + 2], closure);
        i += 2;
      }
      local.vars.set(name, value ?? new Unknown(name));
    }
    const body = fn.node.getChild('Body');
    let result: Value = null;
    this.depth++;
    try {
      if (body) this.block(body, local);
    } catch (e) {
      if (e instanceof Return) result = e.value;
      else if (!(e instanceof Break || e instanceof Continue)) throw e;
    } finally {
      this.depth--;
    }
    // A data-preparation function (multi-hot encoding, scaling) keeps the data it was given.
    if (isUnknown(result) || result === null) {
      const data = args.find((a) => a instanceof DataValue);
      if (data) return (data as DataValue).with({ shape: null });
    }
    return result;
  }

  /** Every model the code made, in order. */
  get models(): ModelValue[] {
    return this.keras.models;
  }
}

const COMPOUND = new Set([
  'FunctionDefinition',
  'ClassDefinition',
  'ForStatement',
  'IfStatement',
  'WhileStatement',
  'WithStatement',
  'TryStatement',
  'DecoratedStatement',
]);
const isSimple = (node: SyntaxNode) => !COMPOUND.has(node.name);
