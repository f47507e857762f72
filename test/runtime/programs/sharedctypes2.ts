// sharedctypes2.py (beside this file, Python 2): c_char holds a one-character str,
// char arrays give str, and 2.7's messages.
import { Array as SharedArray, PyTuple, Value, runModule, slice } from "py2ts-mp/runtime";
import { attempt } from "./support.js";

function assign(obj: any, value: any): any {
  obj.value = value;
  return obj.value;
}

function moduleBody(): void {
  attempt("c", () => Value("c", "x"));
  attempt("c value", () => (Value("c", "x") as any).value);
  attempt("c from int", () => Value("c", 65));
  const s: any = SharedArray("c", "hello");
  attempt("char array", () => PyTuple.of(s.value, s.raw, s.__getitem__(0), s.__getitem__(slice(1, 3, null)), s.__len__()));
  const t: any = SharedArray("c", 4);
  attempt("set value", () => PyTuple.of(assign(t, "ab"), t.raw));
  attempt("set value too long", () => assign(t, "abcde"));
  const v: any = Value("i", 1);
  attempt("float into int", () => assign(v, 1.5));
  attempt("str into int", () => assign(v, "a"));
  attempt("d str", () => Value("d", "x"));
}

runModule(import.meta.url, moduleBody, { dialect: "py2" });
