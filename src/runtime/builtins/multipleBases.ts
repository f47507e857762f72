// Multiple inheritance. A JavaScript class has one prototype chain, so
// `class Both(Left, Right)` extends a chain built in CPython's method resolution
// order (C3): `Both -> Left' -> Right -> Base -> object`, where Left' is a copy of
// Left's own members placed where the MRO puts Left (the real Left keeps its own
// chain). isinstance, __mro__ and __bases__ answer with the real classes.
// Known gap: a method copied from Left still calls `super` along Left's own chain
// (Left -> Base), where CPython's cooperative super() would continue with Right.

import { TypeError } from "./exceptions.js";
import { isPy2 } from "./dialect.js";
import { PyClassicObject, PyObject } from "./object.js";
import { pythonChain, typeName } from "./types.js";

const copyOfKey = Symbol.for("py2ts-mp.copyOf");
const declaredBasesKey = Symbol.for("py2ts-mp.declaredBases");

/** The base class an emitted `class C(A, B)` extends (`extends multipleBases(A, B)`). */
export function multipleBases(...bases: Function[]): any {
  const order = linearize(bases);
  // The longest tail of the order that already is a real prototype chain stays as it is.
  let tail = order.length - 1;
  while (tail > 0 && Object.getPrototypeOf(order[tail - 1]) === order[tail]) tail--;
  let chain = order[tail]!;
  for (let i = tail - 1; i >= 0; i--) chain = copyOnto(order[i]!, chain);
  // A marker class between the new class and the chain: it holds the bases as written.
  const base = class extends (chain as new (...args: any[]) => object) {};
  Object.defineProperty(base, declaredBasesKey, { value: bases });
  return base;
}

/** A class extending `parent` with the own members (prototype and static) of `cls`. */
function copyOnto(cls: Function, parent: Function): Function {
  const copy = class extends (parent as new (...args: any[]) => object) {};
  for (const key of Reflect.ownKeys(cls.prototype as object)) {
    if (key !== "constructor") Object.defineProperty(copy.prototype, key, Object.getOwnPropertyDescriptor(cls.prototype, key)!);
  }
  for (const key of Reflect.ownKeys(cls)) {
    if (key !== "prototype" && key !== "length") Object.defineProperty(copy, key, Object.getOwnPropertyDescriptor(cls, key)!);
  }
  Object.defineProperty(copy, copyOfKey, { value: cls });
  return copy;
}

/** CPython's C3 linearization of the bases' MROs (each base's chain, most derived first). */
function linearize(bases: readonly Function[]): Function[] {
  const sequences = [...bases.map(chainOf), [...bases]];
  const result: Function[] = [];
  for (;;) {
    const remaining = sequences.filter((s) => s.length > 0);
    if (remaining.length === 0) return result;
    const head = remaining.map((s) => s[0]!).find((candidate) => !remaining.some((s) => s.indexOf(candidate) > 0));
    if (head === undefined) {
      throw new TypeError(`Cannot create a consistent method resolution order (MRO) for bases ${bases.map((b) => b.name).join(", ")}`);
    }
    result.push(head);
    for (const s of remaining) if (s[0] === head) s.shift();
  }
}

/** A class's MRO as real classes: its JavaScript chain with copies read as their originals. */
function chainOf(cls: Function): Function[] {
  return pythonChain(cls).filter((c) => c !== PyObject);
}

/**
 * `super(Cls, obj)` outside a method: attribute reads find the member after `Cls` in
 * obj's class order and bind it to obj. Python 2 old-style classes have no super().
 */
export function superOf(cls: Function, obj: object): any {
  if (typeof cls !== "function" || cls.prototype instanceof PyClassicObject) {
    const got = typeof cls === "function" ? "classobj" : typeName(cls);
    throw new TypeError(isPy2() ? `super() argument 1 must be type, not ${got}` : `super() argument 1 must be a type, not ${got}`);
  }
  const start = Object.getPrototypeOf(cls.prototype) as object | null;
  return new Proxy(
    {},
    {
      get(_target, name) {
        for (let p = start; p !== null; p = Object.getPrototypeOf(p) as object | null) {
          const desc = Object.getOwnPropertyDescriptor(p, name);
          if (desc === undefined) continue;
          if (desc.get !== undefined) return desc.get.call(obj);
          return typeof desc.value === "function" ? (desc.value as Function).bind(obj) : desc.value;
        }
        return undefined;
      },
    },
  );
}
