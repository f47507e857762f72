// Where each function of the module is called, when that is all of it: a def
// whose name is only ever called directly (`work(10)`, never passed as a value,
// never given *args or **kwargs) receives exactly the arguments its call sites
// pass, so inference can type its parameters from them (types.ts).
//
//   def work(n): ...      work(10000000)    ->  n: int
//   def f(x): ...         Process(target=f) ->  unknown (f escapes)

import type * as ast from "../parse/ast.js";
import { walk } from "../parse/forEachChild.js";
import type { BindResult } from "./binder.js";

/** The value each call passes to a parameter: an argument, or the default where none is given. */
export type ParameterSources = ReadonlyMap<ast.Arg, readonly ast.Expression[]>;

export function findParameterSources(module: ast.Module, bind: BindResult): ParameterSources {
  const callOf = new Map<ast.Name, ast.Call>();
  walk(module, (node) => {
    if (node.kind === "Call" && node.func.kind === "Name") callOf.set(node.func, node);
  });
  const sources = new Map<ast.Arg, ast.Expression[]>();
  walk(module, (node) => {
    if (node.kind !== "FunctionDef" || node.decoratorList.length > 0 || isMethod(bind, node)) return;
    const resolution = bind.resolutions.get(node);
    if (!resolution || resolution.kind === "builtin" || resolution.kind === "undefined") return;
    const symbol = resolution.symbol;
    if (symbol.bindings.length !== 1) return;
    const calls: ast.Call[] = [];
    for (const ref of symbol.refs) {
      if (ref.isStore) continue;
      const call = ref.site.kind === "Name" ? callOf.get(ref.site) : undefined;
      if (!call || call.args.some((a) => a.kind === "Starred") || call.keywords.some((k) => k.arg === null)) return;
      calls.push(call);
    }
    if (calls.length === 0) return;
    const args = node.args;
    if (args.vararg || args.kwarg || args.kwonlyargs.length > 0) return;
    const positional = [...args.posonlyargs, ...args.args];
    const firstDefault = positional.length - args.defaults.length;
    const perParameter: ast.Expression[][] = positional.map(() => []);
    for (const call of calls) {
      if (call.args.length > positional.length) return;
      positional.forEach((param, i) => {
        const keyword = call.keywords.find((k) => k.arg?.name === param.arg);
        const given = i < call.args.length ? call.args[i]! : keyword?.value;
        const value = given ?? (i >= firstDefault ? args.defaults[i - firstDefault]! : undefined);
        if (value !== undefined) perParameter[i]!.push(value);
      });
    }
    positional.forEach((param, i) => sources.set(param, perParameter[i]!));
  });
  return sources;
}

function isMethod(bind: BindResult, def: ast.FunctionDef): boolean {
  return bind.scopeOf.get(def)?.parent?.kind === "class";
}
