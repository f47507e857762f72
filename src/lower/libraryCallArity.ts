// A direct call of a library method (`q.put(x)` is a producer's hot path) passes
// its arguments as they are: TypeScript neither fills a missing one nor rejects an
// extra one, where CPython raises TypeError (`q.put()` would put None,
// `conn.send(a, b)` send a). When every library object would reject the call's
// argument count, the call goes through the runtime's binding (callMethodKw), which
// raises CPython's TypeError for the object the receiver turns out to be.
//
//   q.put()          ->  callMethodKw(q, "put", [])
//   q.put(item)      ->  q.put(item)                    (every put takes one)

import type * as ast from "../parse/ast.js";
import type { LowerContext } from "./context.js";
import { cMethods, libraryMethodSpecs } from "../runtime/internal/libraryMethodSpecs.js";

interface Arity {
  readonly min: number;
  readonly max: number;
}

/** The argument counts each library class's method of that name accepts, per dialect. */
function aritiesByName(isPy2: boolean): Map<string, Arity[]> {
  const byName = new Map<string, Arity[]>();
  const add = (name: string, arity: Arity) => byName.set(name, [...(byName.get(name) ?? []), arity]);
  const cForms = new Map<string, Map<string, Arity | null>>();
  for (const [key, methods] of Object.entries(cMethods)) {
    cForms.set(key, new Map(Object.entries(methods).map(([name, arity]) => [name, isPy2 ? arity.py2 : arity.py3])));
  }
  for (const [key, methods] of Object.entries(libraryMethodSpecs)) {
    for (const [name, spec] of Object.entries(methods as Readonly<Record<string, string>>)) {
      if (!cForms.get(key)?.get(name)) add(name, specArity(spec));
    }
  }
  for (const forms of cForms.values()) for (const [name, form] of forms) if (form) add(name, form);
  return byName;
}

/** `Queue.put(self, obj, block=, timeout=)` -> 1 to 3 arguments besides self. */
function specArity(spec: string): Arity {
  const params = spec.slice(spec.indexOf("(") + 1, spec.lastIndexOf(")")).split(",").map((p) => p.trim()).slice(1);
  // Positional parameters end at `*` or `*args`; what follows is keyword-only.
  const star = params.findIndex((p) => p.startsWith("*"));
  const positional = (star < 0 ? params : params.slice(0, star)).filter((p) => p !== "" && p !== "/");
  const hasVarargs = star >= 0 && params[star] !== "*" && !params[star]!.startsWith("**");
  return { min: positional.filter((p) => !p.endsWith("=")).length, max: hasVarargs ? Infinity : positional.length };
}

const arities = { py2: aritiesByName(true), py3: aritiesByName(false) };

/**
 * True when `obj.name(args)` must be bound at run time for its argument count:
 * when every library class's method of that name would reject it. A count some
 * library method takes stays a plain call, even where the receiver's own class
 * rejects it (`SimpleQueue().put(x, True)`): lowering does not know which library
 * class a value is, and `p.join(2)` or `q.put(x, True, 0.5)` must stay plain calls.
 */
export function libraryCallNeedsBinding(ctx: LowerContext, call: ast.Call): boolean {
  if (call.func.kind === "Attribute" && call.keywords.length > 0 && maySimpleQueueBindKeywords(ctx, call.func.attr.name)) return true;
  if (call.func.kind !== "Attribute" || call.keywords.length > 0 || call.args.some((a) => a.kind === "Starred")) return false;
  const candidates = (ctx.isPy2 ? arities.py2 : arities.py3).get(call.func.attr.name);
  if (candidates === undefined) return false;
  const count = call.args.length;
  const rejects = (a: Arity) => count < a.min || count > a.max;
  const kind = ctx.typeOf(call.func.value).kind;
  return (kind === "library" || kind === "unknown") && candidates.every(rejects);
}

const simpleQueueMethods = new Set(["put", "get", "empty", "close"]);
const mentionsSimpleQueue = new WeakMap<LowerContext, boolean>();

/**
 * Keywords lowering binds by method name (`q.get(timeout=1)` -> `q.get(undefined, 1)`)
 * are Queue's; SimpleQueue's methods take none (`sq.get(timeout=1)` is CPython's
 * "unexpected keyword argument" TypeError). In a program that names SimpleQueue,
 * such calls are bound at run time against the receiver's own signature.
 */
function maySimpleQueueBindKeywords(ctx: LowerContext, name: string): boolean {
  if (!simpleQueueMethods.has(name)) return false;
  let mentions = mentionsSimpleQueue.get(ctx);
  if (mentions === undefined) {
    mentions = /\bSimpleQueue\b/.test(ctx.options.text);
    mentionsSimpleQueue.set(ctx, mentions);
  }
  return mentions;
}
