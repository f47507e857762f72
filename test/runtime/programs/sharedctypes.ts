// sharedctypes.py (beside this file): Value/Array semantics without processes:
// C conversions, CPython's errors, reprs, slicing, and the wrappers' locks.
import { Array as SharedArray, Lock, PyBytes, PyList, PyTuple, RawArray, RawValue, Value, ctypes, runModule, slice } from "py2ts-mp/runtime";
import { attempt, repr } from "./support.js";

const T = (...items: unknown[]) => PyTuple.of(...items);
const b = (text: string) => new PyBytes(Buffer.from(text, "latin1"));
const sl = (start: unknown, stop: unknown, step: unknown) => slice(start, stop, step);

function assign(obj: any, value: any): any {
  obj.value = value;
  return obj.value;
}

function setItem(arr: any, index: any, value: any): any {
  arr.__setitem__(index, value);
  return arr.__getitem__(sl(null, null, null));
}

function moduleBody(): void {
  const v: any = Value("i", 5);
  attempt("repr", () => repr(v));
  attempt("value", () => v.value);
  attempt("get_obj", () => v.get_obj());
  attempt("get_lock", () => v.get_lock());
  attempt("wrap 2**31", () => assign(v, 2 ** 31));
  attempt("wrap 2**32+7", () => assign(v, 2 ** 32 + 7));
  attempt("wrap 2**70", () => assign(v, 2n ** 70n));
  attempt("bool", () => assign(v, true));
  attempt("float into int", () => assign(v, 1.5));
  attempt("str into int", () => assign(v, "a"));
  attempt("default i", () => Value("i"));
  attempt("default d", () => Value("d"));
  attempt("d from int", () => (Value("d", 1) as any).value);
  attempt("f rounds", () => (Value("f", 0.1) as any).value);
  attempt("d str", () => Value(ctypes.c_double, "x"));
  for (const code of "bBhHiIlLqQ") attempt(`typecode ${code}`, () => Value(code, -1));
  attempt("b 200", () => Value("b", 200));
  attempt("l 2**63", () => Value("l", 2n ** 63n));
  attempt("c_bool", () => Value(ctypes.c_bool, 5));
  attempt("c_ubyte 300", () => Value(ctypes.c_ubyte, 300));
  attempt("c_int64", () => Value(ctypes.c_int64, 7));
  attempt("bad typecode", () => Value("z", 1));
  attempt("too many args", () => Value("i", 1, 2));
  attempt("lock=False", () => Value("i", 3, { lock: false }));
  attempt("RawValue", () => RawValue("i", 3));
  attempt("given lock", () => (Value("i", 3, { lock: new Lock() }) as any).get_lock());
  attempt("bad lock", () => Value("i", 3, { lock: 5 as any }));
  attempt("acquire/release", () => T(v.acquire(), v.release()));
  attempt("enter/exit", () => T(v.__enter__(), v.__exit__(null, null, null)));
  const a: any = SharedArray("i", PyList.of(1, 2, 3));
  attempt("len", () => a.__len__());
  attempt("index", () =>
    T(a.__getitem__(0), a.__getitem__(-1), a.__getitem__(sl(1, null, null)), a.__getitem__(sl(null, null, null)), a.__getitem__(sl(null, null, 2)), PyList.fromIterable(a)));
  attempt("out of range", () => a.__getitem__(3));
  attempt("negative out of range", () => a.__getitem__(-4));
  attempt("set", () => setItem(a, 0, 10));
  attempt("set slice", () => setItem(a, sl(0, 2, null), PyList.of(7, 8)));
  attempt("set slice wrong size", () => setItem(a, sl(0, 2, null), PyList.of(7)));
  attempt("set float", () => setItem(a, 0, 1.5));
  attempt("set out of range", () => setItem(a, 5, 1));
  attempt("zeros", () => (SharedArray("i", 4) as any).__getitem__(sl(null, null, null)));
  attempt("doubles", () => (SharedArray("d", PyList.of(1, 2.5)) as any).__getitem__(sl(null, null, null)));
  attempt("RawArray", () => RawArray("h", PyList.of(1, 2)).__getitem__(sl(null, null, null)));
  attempt("get_obj", () => a.get_obj().__getitem__(sl(null, null, null)));
  attempt("iterate", () => PyList.fromIterable(a));
  attempt("negative size", () => SharedArray("i", -1));
  attempt("str initializer", () => SharedArray("i", "abc"));
  attempt("c_int", () => new ctypes.c_int(2 ** 31));
  attempt("c_double", () => new ctypes.c_double(2));
  attempt("c_float value", () => new ctypes.c_float(0.1).value);
  attempt("c", () => Value("c", b("x")));
  attempt("c value", () => (Value("c", b("x")) as any).value);
  attempt("c from int", () => Value("c", 65));
  attempt("c from str", () => Value("c", "x"));
  const s: any = SharedArray("c", b("hello"));
  attempt("char array", () => T(s.value, s.raw, s.__getitem__(0), s.__getitem__(sl(1, 3, null)), s.__len__()));
  const t: any = SharedArray("c", 10);
  attempt("char array zeros", () => T(t.value, t.raw));
  attempt("set value", () => T(assign(t, b("abc")), t.raw));
  attempt("set value too long", () => assign(t, b("a".repeat(11))));
  attempt("set value exact", () => T(assign(t, b("a".repeat(10))), t.raw));
  attempt("set value str", () => assign(t, "abc"));
}

runModule(import.meta.url, moduleBody, { dialect: "py3" });
