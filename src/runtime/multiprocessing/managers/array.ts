// array.array, as far as SyncManager's Array() needs it: the server holds one
// (`Array(typecode, sequence)` is `array.array(typecode, sequence)` in CPython) and
// slices of it travel back to the caller. Numeric typecodes with CPython's range
// checks and messages; 'f' keeps single precision; Python 3's 'u' holds one-character
// strs. Python 2's text typecodes 'c' and 'u' are not supported (a clear error).

import { isPy2 } from "../../builtins/dialect.js";
import { IndexError, NotImplementedError, OverflowError, TypeError, ValueError } from "../../builtins/exceptions.js";
import { PyFloat } from "../../builtins/float.js";
import { PyList } from "../../builtins/list.js";
import { asLong, PyLong } from "../../builtins/long.js";
import { PyObject } from "../../builtins/object.js";
import { repr } from "../../builtins/repr.js";
import { PySlice } from "../../builtins/slice.js";
import { getitem, setitem } from "../../builtins/subscript.js";
import { typeName } from "../../builtins/types.js";
import { registerRuntimeClass } from "../../internal/codecRegistry.js";

const C_LONG_MAX = 2n ** 63n - 1n;
const C_LONG_MIN = -(2n ** 63n);
const C_ULONG_MAX = 2n ** 64n - 1n;

type Convert = (v: bigint) => void;

/** A signed range check with CPython's "<what> is greater than maximum"/"is less than minimum". */
function range(what: string, min: bigint, max: bigint): Convert {
  return (v) => {
    if (v > max) throw new OverflowError(`${what} is greater than maximum`);
    if (v < min) throw new OverflowError(`${what} is less than minimum`);
  };
}

function cLong(v: bigint): void {
  if (v > C_LONG_MAX || v < C_LONG_MIN) throw new OverflowError("Python int too large to convert to C long");
}

/** Python 3's unsigned int/long (PyLong_AsUnsignedLong) then, for 'I', the 32-bit range. */
function unsigned(what: string, bits: number): Convert {
  return (v) => {
    if (isPy2()) {
      if (v < C_LONG_MIN || v > C_ULONG_MAX) throw new OverflowError(v < 0 ? "can't convert negative value to unsigned long" : "long int too large to convert");
      if (v < 0n) throw new OverflowError(`${what} is less than minimum`);
    } else {
      if (v < 0n) throw new OverflowError("can't convert negative value to unsigned int");
      if (v > C_ULONG_MAX) throw new OverflowError("Python int too large to convert to C unsigned long");
    }
    if (v > 2n ** BigInt(bits) - 1n) throw new OverflowError(`${what} is greater than maximum`);
  };
}

/** The checks CPython's array setters make, in their order (b goes through h, H through i). */
const integerChecks: Readonly<Record<string, readonly Convert[]>> = {
  b: [cLong, range("signed short integer", -32768n, 32767n), range("signed char", -128n, 127n)],
  B: [cLong, range("unsigned byte integer", 0n, 255n)],
  h: [cLong, range("signed short integer", -32768n, 32767n)],
  H: [cLong, range("signed integer", -(2n ** 31n), 2n ** 31n - 1n), range("unsigned short", 0n, 65535n)],
  i: [cLong, range("signed integer", -(2n ** 31n), 2n ** 31n - 1n)],
  I: [unsigned("unsigned int", 32)],
  l: [cLong],
  L: [unsigned("unsigned long", 64)],
  q: [(v) => { if (v > C_LONG_MAX || v < C_LONG_MIN) throw new OverflowError("int too big to convert"); }],
  Q: [(v) => {
    if (v < 0n) throw new OverflowError("can't convert negative int to unsigned");
    if (v > C_ULONG_MAX) throw new OverflowError("int too big to convert");
  }],
};

const floatCodes = new Set(["f", "d"]);

function checkTypecode(typecode: unknown): string {
  const codes = isPy2() ? "c, b, B, u, h, H, i, I, l, L, f or d" : "b, B, u, h, H, i, I, l, L, q, Q, f or d";
  if (typeof typecode !== "string" || typecode.length !== 1) {
    throw new TypeError(isPy2() ? "array() argument 1 must be char, not " + typeName(typecode) : `array() argument 1 must be a unicode character, not ${typeName(typecode)}`);
  }
  if (isPy2() && (typecode === "u" || typecode === "c")) throw new NotImplementedError(`array typecode '${typecode}' is not supported by py2ts-mp`);
  if (typecode !== "u" && !floatCodes.has(typecode) && !(typecode in integerChecks && (typecode !== "q" && typecode !== "Q" || !isPy2()))) {
    throw new ValueError(`bad typecode (must be ${codes})`);
  }
  return typecode;
}

/** One item converted to what the array stores, or CPython's TypeError/OverflowError. */
function convertItem(typecode: string, v: unknown): unknown {
  if (typecode === "u") {
    if (typeof v !== "string" || [...v].length !== 1) throw new TypeError("array item must be unicode character");
    return v;
  }
  if (floatCodes.has(typecode)) {
    let x: number;
    if (typeof v === "number") x = v;
    else if (v instanceof PyFloat) x = v.value;
    else if (typeof v === "bigint") x = Number(v);
    else if (v instanceof PyLong) x = Number(v.value);
    else if (typeof v === "boolean") x = v ? 1 : 0;
    else throw new TypeError(isPy2() ? "a float is required" : `must be real number, not ${typeName(v)}`);
    if (typecode === "f") x = Math.fround(x);
    return Number.isInteger(x) ? new PyFloat(x) : x;
  }
  let n: bigint;
  if (typeof v === "number" && Number.isInteger(v)) n = BigInt(v);
  else if (typeof v === "bigint") n = v;
  else if (v instanceof PyLong) n = v.value;
  else if (typeof v === "boolean") n = v ? 1n : 0n;
  else if (isPy2()) throw new TypeError(typeof v === "number" || v instanceof PyFloat ? "integer argument expected, got float" : "an integer is required");
  else throw new TypeError(`'${typeName(v)}' object cannot be interpreted as an integer`);
  for (const check of integerChecks[typecode]!) check(n);
  // Python 2's array reads 'I' and 'L' items as long (II_getitem, LL_getitem).
  if (isPy2() && (typecode === "I" || typecode === "L")) return asLong(n);
  return Number.isSafeInteger(Number(n)) ? Number(n) : n;
}

export class PyArray extends PyObject {
  declare typecode: string;
  declare _items: PyList;

  static override get __name__(): string {
    return "array";
  }

  static override get __module__(): string {
    return "array";
  }

  /** array(typecode, initializer=[]) */
  override __init__(typecode: unknown, initializer: unknown = null): any {
    this.typecode = checkTypecode(typecode);
    this._items = new PyList();
    if (initializer !== null && initializer !== undefined) {
      const items = initializer instanceof PyArray ? initializer._items : PyList.fromIterable(initializer);
      for (const item of items) this._items.push(convertItem(this.typecode, item));
    }
    return null;
  }

  __len__(): number {
    return this._items.length;
  }

  __getitem__(key: unknown): unknown {
    if (key instanceof PySlice) return fromItems(this.typecode, getitem(this._items, key) as PyList);
    try {
      return getitem(this._items, key);
    } catch (error) {
      if (error instanceof IndexError) throw new IndexError("array index out of range");
      throw error;
    }
  }

  __setitem__(key: unknown, value: unknown): null {
    if (key instanceof PySlice) {
      if (!(value instanceof PyArray)) throw new TypeError(`can only assign array (not "${typeName(value)}") to array slice`);
      setitem(this._items, key, PyList.fromIterable(value._items));
      return null;
    }
    const item = convertItem(this.typecode, value);
    try {
      setitem(this._items, key, item);
    } catch (error) {
      if (error instanceof IndexError) throw new IndexError("array assignment index out of range");
      throw error;
    }
    return null;
  }

  tolist(): PyList {
    return PyList.fromIterable(this._items);
  }

  override [Symbol.iterator](): Iterator<unknown> {
    return this._items[Symbol.iterator]();
  }

  /** `array('i', [1, 2])`, `array('i')` when empty. */
  override __repr__(): any {
    if (this._items.length === 0) return `array(${repr(this.typecode)})`;
    // A 'u' array shows its items as one str: array('u', 'hello').
    const items = this.typecode === "u" ? (this._items as unknown as string[]).join("") : this._items;
    return `array(${repr(this.typecode)}, ${repr(items)})`;
  }
}

function fromItems(typecode: string, items: PyList): PyArray {
  const array = Object.create(PyArray.prototype) as PyArray;
  array.typecode = typecode;
  array._items = items;
  return array;
}

registerRuntimeClass("array.array", PyArray);
