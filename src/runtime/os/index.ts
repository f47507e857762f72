// Python's os module: process ids (consistent with multiprocessing's pids: the
// main process has the real pid, a child the pid the hub allocated), cpu_count,
// environ (process.env, inherited by children as fork would copy it), and the
// POSIX constants.

import { cpus } from "node:os";
import { PyDict } from "../builtins/dict.js";
import { PyList } from "../builtins/list.js";
import { PyTuple } from "../builtins/tuple.js";
import { registerForkState, registerProcessReset } from "../internal/forkState.js";
import { getPid, getPpid } from "../internal/identity.js";
import { KeyError, TypeError } from "../builtins/exceptions.js";
import { repr as pyRepr } from "../builtins/repr.js";
import { typeName } from "../builtins/types.js";

export function getpid(): number {
  return getPid();
}

export function getppid(): number {
  return getPpid();
}

export function cpu_count(): number {
  return cpus().length;
}

export function getcwd(): string {
  return process.cwd();
}

export * as path from "./path/index.js";

/** os.getenv(key, default=None): the variable, or the default when it is not set. */
export function getenv(key: unknown, fallback: unknown = null): unknown {
  const value = process.env[checkStr(key)];
  return value === undefined ? fallback : value;
}

export const sep = "/";
export const name = "posix";
export const linesep = "\n";

/** Set once the program changes os.environ: only then do children need a copy. */
let environChanged = false;

function checkStr(value: unknown): string {
  if (typeof value !== "string") throw new TypeError(`str expected, not ${typeName(value)}`);
  return value;
}

/** os.environ: a mapping over process.env (CPython's os._Environ). */
export class _Environ {
  __getitem__(key: string): string {
    const value = process.env[checkStr(key)];
    if (value === undefined) throw new KeyError(key);
    return value;
  }

  __setitem__(key: string, value: string): void {
    process.env[checkStr(key)] = checkStr(value);
    environChanged = true;
  }

  __delitem__(key: string): void {
    if (process.env[checkStr(key)] === undefined) throw new KeyError(key);
    delete process.env[key];
    environChanged = true;
  }

  __contains__(key: unknown): boolean {
    return typeof key === "string" && process.env[key] !== undefined;
  }

  __len__(): number {
    return Object.keys(process.env).length;
  }

  *[Symbol.iterator](): Iterator<string> {
    yield* Object.keys(process.env);
  }

  get(key: string, fallback: unknown = null): unknown {
    return process.env[checkStr(key)] ?? fallback;
  }

  setdefault(key: string, fallback: string): string {
    if (process.env[checkStr(key)] === undefined) this.__setitem__(key, fallback);
    return process.env[key]!;
  }

  pop(key: string, ...fallback: unknown[]): unknown {
    const value = process.env[checkStr(key)];
    if (value === undefined) {
      if (fallback.length > 0) return fallback[0];
      throw new KeyError(key);
    }
    delete process.env[key];
    environChanged = true;
    return value;
  }

  // Lists, as Python 2's mapping methods return (Python 3's views print differently; rarely printed).
  keys(): PyList<string> {
    return PyList.fromArray(Object.keys(process.env));
  }

  values(): PyList<string> {
    return PyList.fromArray(Object.values(process.env) as string[]);
  }

  items(): PyList<PyTuple<string>> {
    return PyList.fromArray(Object.entries(process.env).map(([k, v]) => PyTuple.of(k, v as string)));
  }

  copy(): PyDict<string, string> {
    return PyDict.of(...(Object.entries(process.env) as Array<[string, string]>));
  }

  __repr__(): string {
    const entries = Object.entries(process.env).map(([k, v]) => `${pyRepr(k)}: ${pyRepr(v)}`);
    return `environ({${entries.join(", ")}})`;
  }
}

export const environ = new _Environ();

// The environment this worker started with: a reused worker returns to it.
const initialEnv = { ...process.env };
registerProcessReset("os.environ", () => {
  for (const key of Object.keys(process.env)) if (!(key in initialEnv)) delete process.env[key];
  Object.assign(process.env, initialEnv);
  environChanged = false;
});

// A forked child starts with its parent's environment as it is at start(). A
// worker already has a copy of the environment the program started with, so
// only a changed environment travels.
registerForkState("os.environ", {
  snapshot: () => (environChanged ? { ...process.env } : null),
  restore: (state) => {
    if (state === null) return;
    const env = state as Record<string, string>;
    environChanged = true;
    for (const key of Object.keys(process.env)) if (!(key in env)) delete process.env[key];
    Object.assign(process.env, env);
  },
});

// `print(os)` and type() see this namespace as the module (builtins/modules.ts).
import * as self from "./index.js";
import { registerModule } from "../builtins/modules.js";
registerModule(self, "os");
