// Python signatures of the random module's functions and Random's methods, for
// calls bound at run time (`callKw`/`callMethodKw`: a receiver of unknown type,
// `**kwargs` at the call site). Where the dialects differ the signature is the
// union (shuffle's Python 2 `random`, sample's Python 3 `counts`); the methods
// themselves reject what their dialect does not take.

import { defineMethod } from "../builtins/call.js";

/** Method name -> parameters after self. */
export const RANDOM_METHODS: Readonly<Record<string, string>> = {
  seed: "a=, version=",
  random: "",
  getrandbits: "k",
  randbytes: "n",
  getstate: "",
  setstate: "state",
  randrange: "start, stop=, step=",
  randint: "a, b",
  choice: "seq",
  shuffle: "x, random=",
  sample: "population, k, *, counts=",
  choices: "population, weights=, *, cum_weights=, k=",
  uniform: "a, b",
  triangular: "low=, high=, mode=",
  normalvariate: "mu=, sigma=",
  gauss: "mu=, sigma=",
  lognormvariate: "mu, sigma",
  expovariate: "lambd",
  vonmisesvariate: "mu, kappa",
  gammavariate: "alpha, beta",
  betavariate: "alpha, beta",
  paretovariate: "alpha",
  weibullvariate: "alpha, beta",
};

/**
 * Attaches `Random.name(self, ...)` to each function: methods of the class and the
 * module's bound functions alike (CPython's are bound methods of one Random).
 */
export function defineRandomSignatures(functions: Readonly<Record<string, unknown>>): void {
  for (const [name, params] of Object.entries(RANDOM_METHODS)) {
    const fn = functions[name];
    if (typeof fn === "function") defineMethod(fn as (...args: any[]) => any, `Random.${name}(self${params ? ", " + params : ""})`);
  }
}
