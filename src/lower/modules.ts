// Lowers imports of the Python library modules we support (runtimeApi.ts) to
// imports of the runtime folder that mirrors each of them:
//
//   import os                         ->  import * as os from "py2ts-mp/runtime/os";
//   import multiprocessing as mp      ->  import * as mp from "py2ts-mp/runtime/multiprocessing";
//   from time import sleep            ->  import { sleep } from "py2ts-mp/runtime/time";
//   from __future__ import division   ->  (nothing: it changes how `/` is lowered)
//
// Any other module is a located diagnostic.

import type ts from "typescript";
import type { PySymbol } from "../analyze/index.js";
import { messages } from "../diagnostics/messages.js";
import type * as ast from "../parse/ast.js";
import { f, type LowerContext } from "./context.js";
import { lookupMember, lookupModule, type Member, type ModuleSpec } from "./runtimeApi.js";

export interface ImportedModule {
  readonly pythonName: string;
  readonly spec: ModuleSpec;
}

export interface ImportedMember {
  readonly module: ImportedModule;
  readonly name: string;
  readonly member: Member;
}

/** Registers the imports of an `import`/`from ... import` statement; imports are emitted at the top. */
export function lowerImport(ctx: LowerContext, node: ast.Import | ast.ImportFrom): ts.Statement[] {
  if (node.kind === "Import") {
    for (const alias of node.names) {
      // `try: import Queue` / `except ImportError: import queue`: the other dialect's module fails here.
      if (absentInDialect(ctx, alias.name)) return [importErrorStatement(ctx, alias.name)];
      const module = resolveModule(ctx, alias.name, alias);
      if (!module) continue;
      // `import os.path` binds `os` (the package); `import os.path as p` binds the submodule.
      const bound = alias.name.includes(".") && !alias.asname ? resolveModule(ctx, alias.name.split(".")[0]!, alias) : module;
      if (!bound) continue;
      ctx.imports.namespace(bound.spec.runtimePath, localName(ctx, alias));
    }
    return [];
  }
  if (node.module === "__future__") return [];
  if (node.level > 0 || !node.module) {
    ctx.report(messages.unsupportedConstruct, node, { what: "A relative import", why: "a converted script is a single module" });
    return [];
  }
  if (absentInDialect(ctx, node.module)) return [importErrorStatement(ctx, node.module)];
  const module = resolveModule(ctx, node.module, node);
  if (!module) return [];
  for (const alias of node.names) {
    if (alias.name === "*") {
      ctx.report(messages.unsupportedConstruct, alias, { what: "`import *`", why: "name every imported member explicitly" });
      continue;
    }
    const member = lookupMember(module.spec, alias.name, ctx.isPy2);
    if (!member) {
      reportMissingMember(ctx, alias, module.spec, node.module, alias.name);
      continue;
    }
    if (member.kind === "unsupported") {
      ctx.report(messages.unsupportedConstruct, alias, { what: `'${node.module}.${alias.name}'`, why: member.why });
      continue;
    }
    ctx.imports.member(module.spec.runtimePath, alias.name, localName(ctx, alias));
  }
  return [];
}

/** Library modules only one dialect's CPython has (Python 2.7 has no `queue`, Python 3 no `Queue`). */
const dialectOnlyModules: Readonly<Record<string, "py2" | "py3">> = {
  Queue: "py2",
  queue: "py3",
  concurrent: "py3",
  "concurrent.futures": "py3",
  "concurrent.futures.process": "py3",
};

function absentInDialect(ctx: LowerContext, name: string): boolean {
  const only = Object.prototype.hasOwnProperty.call(dialectOnlyModules, name) ? dialectOnlyModules[name] : undefined;
  return only !== undefined && only !== (ctx.isPy2 ? "py2" : "py3");
}

/** `throw new ModuleNotFoundError("No module named 'Queue'")`, or Python 2's ImportError, where the import stands. */
function importErrorStatement(ctx: LowerContext, name: string): ts.Statement {
  const error = ctx.isPy2 ? ctx.helper("ImportError") : ctx.helper("ModuleNotFoundError");
  const message = ctx.isPy2 ? `No module named ${name}` : `No module named '${name.split(".")[0]}'`;
  return f.createThrowStatement(f.createNewExpression(error, undefined, [f.createStringLiteral(message)]));
}

/**
 * Modules we leave out by design, with the reason the diagnostic gives: a reader of
 * the tutorials meets `threading.Thread` next to `multiprocessing.Process` and
 * should learn why one translates and the other does not.
 */
const threadsWhy =
  "threads share their process's objects, and py2ts-mp runs Python code only as processes (Node workers, each with its own memory); multiprocessing.Process takes the same target/args and start()/join()";
const leftOutModules: Readonly<Record<string, string>> = { threading: threadsWhy, thread: threadsWhy, _thread: threadsWhy };

function resolveModule(ctx: LowerContext, name: string, node: { readonly span: ast.Span }): ImportedModule | null {
  const spec = lookupModule(name);
  const leftOut = Object.prototype.hasOwnProperty.call(leftOutModules, name) ? leftOutModules[name] : undefined;
  if (!spec && leftOut !== undefined) {
    ctx.report(messages.unsupportedConstruct, node, { what: `The module '${name}'`, why: leftOut });
    return null;
  }
  if (!spec) {
    ctx.report(messages.unsupportedModule, node, { module: name });
    return null;
  }
  if (spec.unsupported) {
    ctx.report(messages.unsupportedConstruct, node, { what: `The module '${name}'`, why: spec.unsupported });
    return null;
  }
  return { pythonName: name, spec };
}

function localName(ctx: LowerContext, alias: ast.Alias): string {
  const symbol = ctx.facts.bind.resolutions.get(alias);
  if (symbol && symbol.kind !== "builtin" && symbol.kind !== "undefined") return ctx.symbolName(symbol.symbol);
  return alias.asname?.name ?? alias.name.split(".")[0]!;
}

/** The module a symbol names when it was bound by `import m` (and only that way). */
export function importedModuleOf(ctx: LowerContext, symbol: PySymbol): ImportedModule | null {
  if (symbol.bindings.length === 0) return null;
  let module: ImportedModule | null = null;
  // Several imports may bind one name to the same module: `try: import queue`
  // `except ImportError: import Queue as queue` (both are the runtime's queue).
  for (const binding of symbol.bindings) {
    if (binding.kind !== "alias" || ctx.importFromOf(binding)) return null;
    // `import os.path` binds the package `os`; `import os.path as p` the submodule.
    const name = binding.asname ? binding.name : binding.name.split(".")[0]!;
    const spec = lookupModule(name);
    if (!spec || (module !== null && module.spec !== spec)) return null;
    module ??= { pythonName: name, spec };
  }
  return module;
}

/** The library member a symbol names when it was bound by `from m import x`. */
export function importedMemberOf(ctx: LowerContext, symbol: PySymbol): ImportedMember | null {
  if (symbol.bindings.length === 0) return null;
  let found: ImportedMember | null = null;
  // Several imports may bind one name to the same member: `try: from Queue import Empty`
  // `except ImportError: from queue import Empty` (both are the runtime's queue.Empty).
  for (const binding of symbol.bindings) {
    if (binding.kind !== "alias") return null;
    const from = ctx.importFromOf(binding);
    if (!from?.module) return null;
    const spec = lookupModule(from.module);
    const member = spec && lookupMember(spec, binding.name, ctx.isPy2);
    if (!spec || !member || (found !== null && found.member !== member)) return null;
    found ??= { module: { pythonName: from.module, spec }, name: binding.name, member };
  }
  return found;
}

/**
 * The imported module an expression denotes (`os`, `mp`, `os.path`, or `futures`
 * from `from concurrent import futures`), if it is one.
 */
export function moduleOfExpression(ctx: LowerContext, node: ast.Expression): ImportedModule | null {
  if (node.kind === "Attribute") {
    const parent = moduleOfExpression(ctx, node.value);
    const member = parent ? lookupMember(parent.spec, node.attr.name, ctx.isPy2) : undefined;
    const spec = member?.kind === "module" ? lookupModule(member.module) : undefined;
    return spec ? { pythonName: `${parent!.pythonName}.${node.attr.name}`, spec } : null;
  }
  if (node.kind !== "Name") return null;
  const resolution = ctx.resolution(node);
  if (resolution.kind !== "global" && resolution.kind !== "local" && resolution.kind !== "enclosing") return null;
  const member = importedMemberOf(ctx, resolution.symbol);
  if (member?.member.kind === "module") {
    const spec = lookupModule(member.member.module);
    return spec ? { pythonName: member.member.module, spec } : null;
  }
  return importedModuleOf(ctx, resolution.symbol);
}

/** `os.getpid` -> `os.getpid`, checked against the catalogue. */
export function lowerModuleAttribute(ctx: LowerContext, node: ast.Attribute, module: ImportedModule, object: ts.Expression): ts.Expression {
  const member = lookupMember(module.spec, node.attr.name, ctx.isPy2);
  if (!member) {
    reportMissingMember(ctx, node.attr, module.spec, module.pythonName, node.attr.name);
  } else if (member.kind === "unsupported") {
    ctx.report(messages.unsupportedConstruct, node.attr, { what: `'${module.pythonName}.${node.attr.name}'`, why: member.why });
  }
  return f.createPropertyAccessExpression(object, node.attr.name);
}

/**
 * A member the catalogue lacks; a Python 2-only one (sys.maxint) in Python 3 code,
 * or a Python 3-only one (multiprocessing.parent_process) in Python 2 code, is not
 * valid there at all.
 */
function reportMissingMember(ctx: LowerContext, node: { readonly span: ast.Span }, spec: ModuleSpec, module: string, name: string): void {
  if (lookupMember(spec, name, !ctx.isPy2)) {
    const [named, dialect] = ctx.isPy2 ? ["a Python 3 name", "Python 2"] : ["a Python 2 name", "Python 3"];
    ctx.report(messages.unsupportedDialectFeature, node, { what: `'${module}.${name}' (${named})`, dialect });
    return;
  }
  if (ctx.isPy2 && lookupMember(spec, name, false)) {
    ctx.report(messages.unsupportedDialectFeature, node, { what: `'${module}.${name}' (a Python 3 name)`, dialect: "Python 2" });
    return;
  }
  ctx.report(messages.unsupportedModuleMember, node, { module, name });
}
