/**
 * Python expressions over the syntax tree: literals, names, attributes, subscripts, operators and
 * calls (of functions defined in the code, of builtins, of Keras). The statements that use them are
 * in `evaluate.ts`.
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
import { DataValue, Dict, FunctionValue, Ref, Unknown, isUnknown, type Value } from './values.ts';
import { englishError, said, type ErrorParams, type ErrorText } from '../../contract/error-text.ts';

/**
 * A warning of the import: its line, its English `message`, and the same sentence as a message key
 * and parameters (contract/error-text.ts) for saying it in the user's language where it is shown.
 */
export interface CodeWarning {
  line: number | null;
  message: string;
  key?: string;
  params?: ErrorParams;
}

/** A warning at `line`: English from `sentence`, which stays with it for the other languages. */
export const codeWarning = (line: number | null, sentence: string | ErrorText): CodeWarning =>
  typeof sentence === 'string'
    ? { line, message: sentence }
    : { line, message: englishError(sentence), key: sentence.key, params: sentence.params };

const MAX_DEPTH = 30;

export class Scope {
  readonly vars = new Map<string, Value>();
  constructor(readonly parent: Scope | null) {}
  get(name: string): Value | undefined {
    return this.vars.has(name) ? this.vars.get(name) : this.parent?.get(name);
  }
}

export class Return {
  constructor(readonly value: Value) {}
}
export class Break {}
export class Continue {}
export class OutOfSteps {
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

export abstract class Expressions {
  readonly warnings: CodeWarning[] = [];
  readonly keras: KerasCalls;
  protected readonly globals = new Scope(null);
  protected readonly closures = new WeakMap<FunctionValue, Scope>();
  /** Modules imported with `from M import *`. */
  protected readonly stars: string[] = [];
  private depth = 0;

  constructor(readonly src: Source) {
    this.keras = new KerasCalls(this);
    this.globals.vars.set('__name__', '__main__');
  }

  warn(node: SyntaxNode | number | null, sentence: string | ErrorText): void {
    const line = node === null ? null : typeof node === 'number' ? node : this.src.line(node.from);
    const warning = codeWarning(line, sentence);
    if (!this.warnings.some((w) => w.line === line && w.message === warning.message))
      this.warnings.push(warning);
  }

  line(node: SyntaxNode): number {
    return this.src.line(node.from);
  }

  /** Runs the statements of a block (a function body, here). */
  protected abstract block(parent: SyntaxNode, scope: Scope): void;

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
      this.warn(line, said('error_pywarn_recursion', { name: fn.name }));
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
}
