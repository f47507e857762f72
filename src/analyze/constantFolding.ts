// CPython 3.11's AST constant folding (Python/ast_opt.c), as far as the lowering
// needs it: whether an expression becomes a Constant before compilation, and which
// value it then has. The value decides two things the compiler does with constants:
// which set displays are folded into frozensets (setConstants.ts) and which
// `is` comparisons warn (operators.ts).
//
//   -1, not 0, 2 ** 10, 'ab' * 2, (1, -2), 'abc'[0]   fold
//   2 ** 200 (over 128 bits), 1 / 0, '%s' % 1, (1, [2])  do not
//
// Values of int/bool/str/bytes/tuple results are exact; float results are what
// JavaScript computes, which can differ from CPython in the last bit for `/` of
// ints beyond 2**53 and for `**`. They are only compared with each other (two
// folded constants being the same constant), never printed: the lowering emits
// the original expression, which the runtime evaluates exactly.

import type * as ast from "../parse/ast.js";

export type Folded =
  | { readonly type: "None" | "Ellipsis" | "complex" }
  | { readonly type: "bool"; readonly value: boolean }
  | { readonly type: "int"; readonly value: bigint }
  | { readonly type: "float"; readonly value: number }
  | { readonly type: "str"; readonly value: string }
  | { readonly type: "bytes"; readonly value: readonly number[] }
  | { readonly type: "tuple"; readonly items: readonly Folded[] };

// ast_opt.c's limits on what folding may build.
const MAX_INT_SIZE = 128n; // bits
const MAX_COLLECTION_SIZE = 256n; // items
const MAX_STR_SIZE = 4096n; // characters
const MAX_TOTAL_ITEMS = 1024n; // including nested collections

/** The constant CPython 3.11 folds `node` into, or null when it stays an expression. */
export function foldConstant(node: ast.Expression): Folded | null {
  switch (node.kind) {
    case "Constant":
      return fromConstant(node.value);
    case "UnaryOp": {
      const operand = foldConstant(node.operand);
      return operand && foldUnary(node.op, operand);
    }
    case "BinOp": {
      const left = foldConstant(node.left);
      const right = left && foldConstant(node.right);
      return right && foldBinary(node.op, left!, right);
    }
    case "Tuple": {
      if (node.ctx !== "Load") return null;
      const items = node.elts.map(foldConstant);
      return items.every((item) => item !== null) ? { type: "tuple", items: items as Folded[] } : null;
    }
    case "Subscript": {
      const value = foldConstant(node.value);
      const index = value && node.ctx === "Load" ? foldConstant(node.slice) : null;
      return index && foldSubscript(value!, index);
    }
    default:
      return null;
  }
}

function fromConstant(value: ast.ConstantValue): Folded {
  switch (value.type) {
    case "int":
      return { type: "int", value: value.value };
    case "bytes":
      return { type: "bytes", value: [...value.value] };
    case "complex":
      return { type: "complex" };
    default:
      return value;
  }
}

function foldUnary(op: ast.UnaryOperator, v: Folded): Folded | null {
  if (op === "Not") return { type: "bool", value: !isTrue(v) };
  if (v.type === "complex") return op === "Invert" ? null : v;
  if (v.type === "float") return op === "Invert" ? null : { type: "float", value: op === "USub" ? -v.value : v.value };
  const n = asInt(v);
  if (n === null) return null;
  return { type: "int", value: op === "USub" ? -n : op === "Invert" ? ~n : n };
}

function isTrue(v: Folded): boolean {
  switch (v.type) {
    case "None":
      return false;
    case "bool":
      return v.value;
    case "int":
      return v.value !== 0n;
    case "float":
      return v.value !== 0;
    case "str":
    case "bytes":
      return v.value.length > 0;
    case "tuple":
      return v.items.length > 0;
    default:
      return true;
  }
}

/** An int operand (bool is an int subclass), else null. */
function asInt(v: Folded): bigint | null {
  if (v.type === "int") return v.value;
  if (v.type === "bool") return v.value ? 1n : 0n;
  return null;
}

/** A float operand (ints convert, OverflowError beyond the double range), else null. */
function asFloat(v: Folded): number | null {
  if (v.type === "float") return v.value;
  const n = asInt(v);
  if (n === null) return null;
  const x = Number(n);
  return Number.isFinite(x) ? x : null;
}

function bitLength(n: bigint): bigint {
  return n === 0n ? 0n : BigInt((n < 0n ? -n : n).toString(2).length);
}

function foldBinary(op: ast.BinaryOperator, a: Folded, b: Folded): Folded | null {
  if (a.type === "complex" || b.type === "complex") return op === "MatMult" ? null : { type: "complex" };
  const x = asInt(a);
  const y = asInt(b);
  if (x !== null && y !== null) return intBinary(op, x, y, a.type === "bool" && b.type === "bool");
  if (op === "Add" || op === "Mult") {
    const sequence = sequenceBinary(op, a, b);
    if (sequence !== undefined) return sequence;
  }
  const fx = asFloat(a);
  const fy = asFloat(b);
  return fx !== null && fy !== null ? floatBinary(op, fx, fy) : null;
}

function intBinary(op: ast.BinaryOperator, x: bigint, y: bigint, bothBool: boolean): Folded | null {
  const int = (value: bigint): Folded => ({ type: "int", value });
  switch (op) {
    case "Add":
      return int(x + y);
    case "Sub":
      return int(x - y);
    case "Mult": // safe_multiply
      return x !== 0n && y !== 0n && bitLength(x) + bitLength(y) > MAX_INT_SIZE ? null : int(x * y);
    case "Div":
      return y === 0n ? null : { type: "float", value: Number(x) / Number(y) };
    case "FloorDiv":
      return y === 0n ? null : int(floorDiv(x, y));
    case "Mod":
      return y === 0n ? null : int(x - floorDiv(x, y) * y);
    case "Pow": // safe_power
      if (y < 0n) return x === 0n ? null : { type: "float", value: Math.pow(Number(x), Number(y)) };
      if (x !== 0n && y > 0n && bitLength(x) > MAX_INT_SIZE / y) return null;
      return int(x ** y);
    case "LShift": // safe_lshift
      if (y < 0n) return null;
      if (x === 0n) return int(0n);
      if (y !== 0n && (y > MAX_INT_SIZE || bitLength(x) > MAX_INT_SIZE - y)) return null;
      return int(x << y);
    case "RShift":
      if (y < 0n) return null;
      return int(y > 1n << 32n ? (x < 0n ? -1n : 0n) : x >> y);
    case "BitOr":
    case "BitXor":
    case "BitAnd": {
      const value = op === "BitOr" ? x | y : op === "BitXor" ? x ^ y : x & y;
      return bothBool ? { type: "bool", value: value !== 0n } : int(value);
    }
    default:
      return null;
  }
}

function floorDiv(x: bigint, y: bigint): bigint {
  const q = x / y;
  return (x % y !== 0n) && (x < 0n) !== (y < 0n) ? q - 1n : q;
}

function floatBinary(op: ast.BinaryOperator, x: number, y: number): Folded | null {
  const float = (value: number): Folded | null => ({ type: "float", value });
  switch (op) {
    case "Add":
      return float(x + y);
    case "Sub":
      return float(x - y);
    case "Mult":
      return float(x * y);
    case "Div":
      return y === 0 ? null : float(x / y);
    case "FloorDiv":
      return y === 0 ? null : float(floatFloorDiv(x, y));
    case "Mod":
      return y === 0 ? null : float(floatMod(x, y));
    case "Pow": {
      if (x === 0 && y < 0) return null; // ZeroDivisionError
      if (x < 0 && !Number.isInteger(y) && Number.isFinite(y)) return { type: "complex" };
      const value = Math.pow(x, y);
      return Number.isFinite(value) || !Number.isFinite(x) || !Number.isFinite(y) ? float(value) : null; // OverflowError
    }
    default:
      return null; // shifts and bitwise operators take ints only
  }
}

/** Python's float // (floatobject.c float_divmod). */
function floatFloorDiv(x: number, y: number): number {
  const mod = x % y;
  let div = (x - mod) / y;
  if (mod !== 0 && (y < 0) !== (mod < 0)) div -= 1;
  if (div === 0) return x / y < 0 ? -0 : 0;
  const floor = Math.floor(div);
  return div - floor > 0.5 ? floor + 1 : floor;
}

/** Python's float %: the result has the divisor's sign. */
function floatMod(x: number, y: number): number {
  const mod = x % y;
  if (mod === 0) return y < 0 ? -0 : 0;
  return (mod < 0) !== (y < 0) ? mod + y : mod;
}

/** str/bytes/tuple `+` and `*` with safe_multiply's limits; undefined when the operands are not sequences. */
function sequenceBinary(op: "Add" | "Mult", a: Folded, b: Folded): Folded | null | undefined {
  if (op === "Add") {
    if (a.type === "str" && b.type === "str") return { type: "str", value: a.value + b.value };
    if (a.type === "bytes" && b.type === "bytes") return { type: "bytes", value: [...a.value, ...b.value] };
    if (a.type === "tuple" && b.type === "tuple") return { type: "tuple", items: [...a.items, ...b.items] };
    return undefined;
  }
  const count = asInt(a) ?? asInt(b);
  const sequence = asInt(a) !== null ? b : a;
  if (count === null || (sequence.type !== "str" && sequence.type !== "bytes" && sequence.type !== "tuple")) return undefined;
  const size = BigInt(sequence.type === "tuple" ? sequence.items.length : [...sequence.value].length);
  if (size > 0n) {
    const limit = sequence.type === "tuple" ? MAX_COLLECTION_SIZE : MAX_STR_SIZE;
    if (count < 0n || count > limit / size) return null;
    if (sequence.type === "tuple" && count > 0n && complexity(sequence, MAX_TOTAL_ITEMS / count) < 0n) return null;
  } else if (count >= 1n << 63n || count < -(1n << 63n)) {
    return null; // OverflowError: the count must fit in an index even to repeat nothing
  }
  const times = size === 0n || count < 0n ? 0 : Number(count);
  if (sequence.type === "tuple") return { type: "tuple", items: Array.from({ length: times }, () => sequence.items).flat() };
  if (sequence.type === "str") return { type: "str", value: sequence.value.repeat(times) };
  return { type: "bytes", value: Array.from({ length: times }, () => sequence.value).flat() };
}

/** ast_opt.c check_complexity: the limit minus the items of a tuple and its nested tuples. */
function complexity(v: Folded, limit: bigint): bigint {
  if (v.type !== "tuple") return limit;
  limit -= BigInt(v.items.length);
  for (let i = 0; limit >= 0n && i < v.items.length; i++) limit = complexity(v.items[i]!, limit);
  return limit;
}

function foldSubscript(value: Folded, index: Folded): Folded | null {
  const i = asInt(index);
  if (i === null) return null;
  const items: readonly Folded[] | null =
    value.type === "tuple" ? value.items
    : value.type === "str" ? [...value.value].map((c) => ({ type: "str", value: c }) as const)
    : value.type === "bytes" ? value.value.map((byte) => ({ type: "int", value: BigInt(byte) }) as const)
    : null;
  if (items === null) return null;
  const at = i < 0n ? i + BigInt(items.length) : i;
  return at >= 0n && at < BigInt(items.length) ? items[Number(at)]! : null;
}

/**
 * Python's `==` between constants, as a string: what decides that a frozenset
 * built from `(1, 1.0, True)` keeps only the first item. Complex values and
 * NaN are never equal to anything here.
 */
export function equalityKey(v: Folded): string {
  switch (v.type) {
    case "bool":
      return v.value ? "n1" : "n0";
    case "int":
      return `n${v.value}`;
    case "float":
      if (Number.isNaN(v.value)) return uniqueKey();
      return Number.isInteger(v.value) ? `n${BigInt(v.value)}` : `n${v.value}`;
    case "tuple":
      return `(${v.items.map(equalityKey).join(",")})`;
    default:
      return constantKey(v);
  }
}

/**
 * compile.c's constant key (_PyCode_ConstantKey) as a string: equal values of
 * different types (1, 1.0, True) and 0.0 / -0.0 are different constants.
 */
export function constantKey(v: Folded): string {
  switch (v.type) {
    case "None":
    case "Ellipsis":
      return v.type;
    case "complex":
      return uniqueKey();
    case "bool":
      return `b${v.value}`;
    case "int":
      return `i${v.value}`;
    case "float":
      return Number.isNaN(v.value) ? uniqueKey() : `f${Object.is(v.value, -0) ? "-0" : v.value}`;
    case "str":
      return `s${JSON.stringify(v.value)}`;
    case "bytes":
      return `y${v.value.join(".")}`;
    case "tuple":
      return `t(${v.items.map(constantKey).join(",")})`;
  }
}

let uniqueKeys = 0;
function uniqueKey(): string {
  return `#${++uniqueKeys}`;
}
