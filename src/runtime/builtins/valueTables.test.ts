// Replays the CPython 2.7 and 3.11 value tables (test/fixtures/values, written by
// tools/fixtures/genValueTables.py) against the runtime: arithmetic, comparisons,
// conversions, repr/str, %-formatting, format(), str.format and method calls.
// Each test lists the first mismatching cases with what the runtime did.

import assert from "node:assert/strict";
import { test } from "node:test";
import * as rt from "../index.js";
import { typeName } from "./types.js";
import { check, decode, decodeKwargs, loadTable, setRepr, type Case } from "../../../test/valueFixtures.js";

setRepr(rt.repr);

type Op = (...args: any[]) => unknown;

const OPS: Record<string, Op> = {
  add: rt.add, sub: rt.sub, mul: rt.mul, truediv: rt.truediv, div: rt.div, floordiv: rt.floordiv, mod: rt.mod,
  pow: rt.pow, lshift: rt.lshift, rshift: rt.rshift, and_: rt.and_, or_: rt.or_, xor: rt.xor,
  eq: rt.eq, ne: rt.ne, lt: rt.lt, le: rt.le, gt: rt.gt, ge: rt.ge,
  iadd: rt.iadd, isub: rt.isub, imul: rt.imul, itruediv: rt.itruediv, ifloordiv: rt.ifloordiv, imod: rt.imod,
  ipow: rt.ipow, ilshift: rt.ilshift, irshift: rt.irshift, iand: rt.iand, ior: rt.ior, ixor: rt.ixor,
  contains: rt.contains, neg: rt.neg, pos: rt.pos, invert: rt.invert, abs: rt.abs, truthy: rt.truthy, not_: rt.not_,
  int: rt.int, float: rt.float, round: rt.round, divmod: rt.divmod, hex: rt.hex, oct: rt.oct, bin: rt.bin,
  chr: rt.chr, ord: rt.ord, pow3: rt.pow, repr: rt.repr, str: rt.str, ascii: rt.ascii, format: rt.format,
  percent: rt.percentFormat,
  fvalue: rt.formatValue,
  attr: (obj: unknown, name: string) => {
    const value = rt.primitiveAttribute(obj, name);
    if (value === undefined) throw new rt.AttributeError(`'${typeName(obj)}' object has no attribute '${name}'`);
    return value;
  },
  boundcall: (obj: unknown, name: string, ...args: unknown[]) => (rt.primitiveAttribute(obj, name) as Function)(...args),
  method: (obj: unknown, name: string, ...args: unknown[]) => rt.callMethod(obj, name, ...args),
};

function runCase(c: Case): string | null {
  if (c.op === "methodkw") {
    const [obj, name, args, kwargs] = c.args;
    const positional = (decode(args!) as unknown[]).slice();
    return check(c, () => rt.callMethodKw(decode(obj!), name as string, positional, decodeKwargs(kwargs!)));
  }
  if (c.op === "strformat") {
    const [fmt, args, kwargs] = c.args;
    const positional = (decode(args!) as unknown[]).slice();
    return check(c, () => rt.strFormat(fmt as string, positional, decodeKwargs(kwargs!)));
  }
  const op = OPS[c.op];
  if (op === undefined) return `no runtime function for op ${c.op}`;
  const args = c.args.map(decode);
  return check(c, () => op(...args));
}

function replay(table: string, dialect: "py2" | "py3"): void {
  test(`${table} matches CPython (${dialect})`, () => {
    rt.setDialect(dialect);
    const cases = loadTable(table, dialect);
    const failures: string[] = [];
    for (const c of cases) {
      const problem = runCase(c);
      if (problem !== null) failures.push(`${c.op}(${JSON.stringify(c.args)}) -> ${JSON.stringify(c.result)}: ${problem}`);
    }
    rt.setDialect("py3");
    assert.ok(cases.length > 0, "empty table");
    assert.equal(failures.length, 0, `${failures.length}/${cases.length} cases differ:\n${failures.slice(0, 40).join("\n")}`);
  });
}

for (const table of ["arith", "mixed", "unary", "conversions", "repr", "percent", "formatspec", "strformat", "methods"]) {
  replay(table, "py3");
  replay(table, "py2");
}
