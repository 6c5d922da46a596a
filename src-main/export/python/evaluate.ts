/**
 * A small evaluator over the Python syntax tree, for the subset course notebooks use to build and
 * train a Keras model: imports, assignments, functions, loops over known lists, `if` on known values
 * (the expressions are in `expressions.ts`). What it does not follow becomes `Unknown` and is
 * ignored unless the model needs it; the Keras calls themselves are in `keras-calls.ts`.
 */
import { canonical } from './keras-api.ts';
import { binary, truthy } from './operators.ts';
import { Break, Continue, Expressions, OutOfSteps, Return, type Scope } from './expressions.ts';
import { children, isPunctuation, type SyntaxNode } from './syntax.ts';
import { DataValue, Dict, FunctionValue, ModelValue, Ref, Unknown, type Value } from './values.ts';
import { said } from '../../contract/error-text.ts';

export type { CodeWarning } from './expressions.ts';

/** Statements evaluated before the evaluator gives up (a loop of a million steps is not a model). */
const MAX_STEPS = 200_000;
const MAX_ITERATIONS = 10_000;

/** Calls that build or train a model: a loop or branch holding one must not be skipped silently. */
const MODEL_CALLS = new Set(['add', 'compile', 'fit', 'Sequential', 'Model', 'fit_generator']);

export class Evaluator extends Expressions {
  private steps = 0;

  run(): void {
    try {
      this.block(this.src.tree.topNode, this.globals);
    } catch (e) {
      if (e instanceof OutOfSteps)
        this.warn(e.line, said('error_pywarn_out_of_steps', { steps: MAX_STEPS }));
      else if (!(e instanceof Return || e instanceof Break || e instanceof Continue)) throw e;
    }
  }

  protected block(parent: SyntaxNode, scope: Scope): void {
    for (const node of children(parent)) this.statement(node, scope);
  }

  private statement(node: SyntaxNode, scope: Scope): void {
    if (++this.steps > MAX_STEPS) throw new OutOfSteps(this.line(node));
    if (node.type.isError || (isSimple(node) && this.src.errorIn(node))) {
      this.warn(node, said('error_pywarn_unreadable_line'));
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
        if (this.buildsModel(node)) this.warn(node, said('error_pywarn_while'));
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
        this.warn(node, said('error_pywarn_loop_unknown'));
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
        if (this.buildsModel(node)) this.warn(p, said('error_pywarn_condition_unknown'));
        return this.block(body, scope);
      }
      if (test) return this.block(body, scope);
      i += 2;
    }
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
