// Python's random module. Each process (worker thread) loads its own copy, so
// the module's generator is per process, seeded from the OS at load time, as
// CPython seeds it at import and again in every forked child. Module functions
// are the methods of that one hidden Random instance (Lib/random.py `_inst`).

import type { PyBytes } from "../builtins/bytes.js";
import type { PyFloat } from "../builtins/float.js";
import type { PyList } from "../builtins/list.js";
import type { PyTuple } from "../builtins/tuple.js";
import type { Int } from "./numbers.js";
import { Random, SystemRandom } from "./random.js";
import { defineRandomSignatures } from "./signatures.js";

export { Random, SystemRandom };

const inst = new Random();

export function seed(a?: unknown, version?: unknown): null {
  return inst.seed(a, version);
}
export function random(): number | PyFloat {
  return inst.random();
}
export function getrandbits(k: unknown): Int {
  return inst.getrandbits(k);
}
export function randbytes(n: unknown): PyBytes {
  return inst.randbytes(n);
}
export function getstate(): PyTuple {
  return inst.getstate();
}
export function setstate(state: unknown): null {
  return inst.setstate(state);
}
export function randrange(start: unknown, stop?: unknown, step?: unknown): Int {
  return inst.randrange(start, stop, step);
}
export function randint(a: unknown, b: unknown): Int {
  return inst.randint(a, b);
}
export function choice(seq: unknown): any {
  return inst.choice(seq);
}
export function shuffle(x: unknown, ...rest: unknown[]): null {
  return inst.shuffle(x, ...rest);
}
export function sample(population: unknown, k?: unknown, options?: Record<string, unknown>): PyList {
  return inst.sample(population, k, options);
}
export function choices(population: unknown, ...rest: unknown[]): PyList {
  return inst.choices(population, ...rest);
}
export function uniform(a: unknown, b: unknown): number | PyFloat {
  return inst.uniform(a, b);
}
export function triangular(low?: unknown, high?: unknown, mode?: unknown): any {
  return inst.triangular(low, high, mode);
}
export function normalvariate(mu?: unknown, sigma?: unknown): number | PyFloat {
  return inst.normalvariate(mu, sigma);
}
export function gauss(mu?: unknown, sigma?: unknown): number | PyFloat {
  return inst.gauss(mu, sigma);
}
export function lognormvariate(mu: unknown, sigma: unknown): number | PyFloat {
  return inst.lognormvariate(mu, sigma);
}
export function expovariate(lambd: unknown): number | PyFloat {
  return inst.expovariate(lambd);
}
export function vonmisesvariate(mu: unknown, kappa: unknown): number | PyFloat {
  return inst.vonmisesvariate(mu, kappa);
}
export function gammavariate(alpha: unknown, beta: unknown): number | PyFloat {
  return inst.gammavariate(alpha, beta);
}
export function betavariate(alpha: unknown, beta: unknown): number | PyFloat {
  return inst.betavariate(alpha, beta);
}
export function paretovariate(alpha: unknown): number | PyFloat {
  return inst.paretovariate(alpha);
}
export function weibullvariate(alpha: unknown, beta: unknown): number | PyFloat {
  return inst.weibullvariate(alpha, beta);
}

defineRandomSignatures(Random.prototype as unknown as Record<string, unknown>);
defineRandomSignatures({
  seed, random, getrandbits, randbytes, getstate, setstate, randrange, randint, choice, shuffle, sample, choices, uniform,
  triangular, normalvariate, gauss, lognormvariate, expovariate, vonmisesvariate, gammavariate, betavariate,
  paretovariate, weibullvariate,
});

// `print(random)` and type() see this namespace as the module (builtins/modules.ts).
import * as self from "./index.js";
import { registerModule } from "../builtins/modules.js";
registerModule(self, "random");
