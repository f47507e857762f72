// A library module used as a value: `print(time)`, `type(os).__name__`, a module
// passed to a function. Emitted code holds the runtime module's namespace object
// (`import * as os from "py2ts-mp/runtime/os"`); each runtime module registers its
// namespace here under its Python name, so type() says `module` and repr() gives
// CPython's `<module 'time' (built-in)>`.
//
// Modules CPython loads from files show their path, which depends on where CPython
// is installed: we show the layout of CPython's default installation prefix
// (/usr/local, `./configure && make install`). Built-in and frozen modules (sys,
// time, Python 3's os) print exactly as CPython does.

import { isPy2 } from "./dialect.js";

const moduleNames = new WeakMap<object, string>();

/** Called once by each runtime module with its own namespace (`import * as self from "./index.js"`). */
export function registerModule(namespace: object, name: string): void {
  moduleNames.set(namespace, name);
}

/** The Python name of a registered module namespace (py2's `Queue` is the queue module), else undefined. */
export function moduleName(value: unknown): string | undefined {
  if (value === null || typeof value !== "object") return undefined;
  const name = moduleNames.get(value);
  return name === "queue" && isPy2() ? "Queue" : name;
}

/** Where CPython finds each module that is not built in: the path under lib/pythonX.Y/. */
const py3Files: Readonly<Record<string, string>> = {
  random: "random.py",
  math: "lib-dynload/math.cpython-311-x86_64-linux-gnu.so",
  string: "string.py",
  logging: "logging/__init__.py",
  functools: "functools.py",
  queue: "queue.py",
  multiprocessing: "multiprocessing/__init__.py",
  "multiprocessing.managers": "multiprocessing/managers.py",
  concurrent: "concurrent/__init__.py",
  "concurrent.futures": "concurrent/futures/__init__.py",
  ctypes: "ctypes/__init__.py",
};
const py3Frozen = new Set(["os", "posixpath"]);
const py3BuiltIn = new Set(["sys", "time"]);
const py2Dynload = new Set(["time", "math"]);

/** `<module 'sys' (built-in)>`, `<module 'os' (frozen)>`, `<module 'random' from '/usr/local/lib/python3.11/random.py'>`. */
export function moduleRepr(name: string): string {
  if (isPy2()) {
    if (name === "sys") return `<module 'sys' (built-in)>`;
    return `<module '${name}' from '/usr/local/lib/python2.7/${py2File(name)}'>`;
  }
  if (py3BuiltIn.has(name)) return `<module '${name}' (built-in)>`;
  if (py3Frozen.has(name)) return `<module '${name}' (frozen)>`;
  return `<module '${name}' from '/usr/local/lib/python3.11/${py3Files[name] ?? `${name}.py`}'>`;
}

/** `os.pyc`, `multiprocessing/__init__.pyc` (a package), `multiprocessing/managers.pyc`, `lib-dynload/time.so`. */
function py2File(name: string): string {
  if (py2Dynload.has(name)) return `lib-dynload/${name}.so`;
  const isPackage = py3Files[name]?.endsWith("/__init__.py") ?? false;
  return `${name.replace(/\./g, "/")}${isPackage ? "/__init__" : ""}.pyc`;
}
