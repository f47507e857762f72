// random.Random: a Mersenne Twister with the methods of Lib/random.py. Integer
// and sequence methods follow the running dialect (integers3.ts for Python 3.11,
// integers2.ts for Python 2.7); distributions.ts holds the float methods. Calling
// convention (runtimeApi.ts): Python's parameters positionally, keyword-only
// ones in a trailing options object (`r.choices(pop, { k: 3 })`).

import { isPy2 } from "../builtins/dialect.js";
import { PyFloat, toFloat } from "../builtins/float.js";
import { PyList } from "../builtins/list.js";
import { PyObject } from "../builtins/object.js";
import { PyTuple } from "../builtins/tuple.js";
import { OsBitGenerator, type BitGenerator } from "./bitGenerator.js";
import * as dist from "./distributions.js";
import * as py2 from "./integers2.js";
import * as py3 from "./integers3.js";
import { isKwargs, type Kwargs } from "../builtins/kwargs.js";
import { MersenneTwister, N } from "./mersenneTwister.js";
import { asBigInt, isFloatValue, isIntValue, isNumberValue, toDouble, type Int } from "./numbers.js";
import { PyBytes } from "../builtins/bytes.js";
import { AttributeError, NotImplementedError, OverflowError, TypeError, ValueError } from "../builtins/exceptions.js";
import { seedKey, urandomKey } from "./seed.js";
import { getItem, len, typeName } from "./sequences.js";

/** Splits a trailing keyword object off positional arguments. */
function withKwargs(args: unknown[]): [unknown[], Kwargs] {
  const last = args[args.length - 1];
  if (isKwargs(last)) return [args.slice(0, -1), last];
  return [args, {}];
}

/** A method's Python float result: integral values are boxed (docs/architecture.md §4). */
function float(x: number): number | PyFloat {
  return toFloat(x);
}

/**
 * A PyObject, so a script's subclass can call `super().__init__(seed)`; fields are
 * set in __init__ (PyObject's constructor runs it before field initialisers would).
 */
export class Random extends PyObject {
  static override get __module__(): string {
    return "random";
  }

  declare readonly VERSION: number;
  /** The generator behind every method (SystemRandom swaps in the OS). */
  declare protected _core: BitGenerator;
  /** Set when _core is the Mersenne Twister (seed/getstate/setstate need it). */
  declare private _mt: MersenneTwister | null;
  /** gauss()'s cached second normal deviate (Python's gauss_next). */
  declare private _gauss: dist.GaussState;

  /** `Random(x=None)`: a seed, or the options object `{ x }`. */
  override __init__(x?: unknown): null {
    (this as { VERSION: number }).VERSION = 3;
    this._gauss = { gaussNext: null };
    const core = this.makeCore();
    this._mt = core instanceof MersenneTwister ? core : null;
    this._core = core;
    this.seed(isKwargs(x) ? x["x"] : x);
    return null;
  }

  /** The generator: the Mersenne Twister (SystemRandom overrides it). */
  protected makeCore(): BitGenerator {
    return new MersenneTwister();
  }

  get gauss_next(): number | PyFloat | null {
    const z = this._gauss.gaussNext;
    return z === null ? null : float(z);
  }

  set gauss_next(value: unknown) {
    this._gauss.gaussNext = value === null || value === undefined ? null : toDouble(value);
  }

  /** seed(a=None, version=2); Python 2: seed(a=None). */
  seed(a?: unknown, version?: unknown): null {
    const v = version === undefined ? 2 : isNumberValue(version) ? toDouble(version) : version;
    const key = seedKey(a, v);
    this._mt?.initByArray(key ?? urandomKey());
    this._gauss.gaussNext = null;
    return null;
  }

  random(): number | PyFloat {
    return float(this._core.random());
  }

  getrandbits(k: unknown): Int {
    if (!isIntValue(k)) {
      throw new TypeError(isPy2() ? `integer argument expected, got ${typeName(k)}` : `'${typeName(k)}' object cannot be interpreted as an integer`);
    }
    const bits = asBigInt(k);
    if (isPy2() ? bits <= 0n : bits < 0n) {
      throw new ValueError(isPy2() ? "number of bits must be greater than zero" : "number of bits must be non-negative");
    }
    if (bits === 0n) return 0;
    if (bits > 2n ** 31n - 1n) throw new OverflowError(isPy2() ? "signed integer is greater than maximum" : "Python int too large to convert to C int");
    return this._core.getrandbits(Number(bits));
  }

  /** randbytes(n) (Python 3.9+): getrandbits(n * 8).to_bytes(n, 'little'). */
  randbytes(n: unknown): PyBytes {
    if (isPy2()) throw new AttributeError("'Random' object has no attribute 'randbytes'");
    if (!isIntValue(n)) throw new TypeError(`'${typeName(n)}' object cannot be interpreted as an integer`);
    const count = Number(asBigInt(n));
    if (count < 0) throw new ValueError("number of bits must be non-negative");
    let bits = count === 0 ? 0n : asBigInt(this._core.getrandbits(count * 8));
    const out = new Uint8Array(count);
    for (let i = 0; i < count; i++, bits >>= 8n) out[i] = Number(bits & 0xffn);
    return new PyBytes(out);
  }

  /** (VERSION, the 625 ints of the generator state, gauss_next). */
  getstate(): PyTuple {
    if (!this._mt) throw new NotImplementedError("System entropy source does not have state.");
    return PyTuple.of<unknown>(this.VERSION, PyTuple.fromIterable(this._mt.getState()), this.gauss_next);
  }

  setstate(state: unknown): null {
    if (!this._mt) throw new NotImplementedError("System entropy source does not have state.");
    const version = getItem(state, 0);
    const versionNumber = isNumberValue(version) ? toDouble(version) : NaN;
    if (versionNumber !== 3 && versionNumber !== 2) {
      const shown = typeof version === "string" ? version : String(version);
      throw new ValueError(`state with version ${shown} passed to Random.setstate() of version ${this.VERSION}`);
    }
    const count = len(state);
    if (count !== 3) {
      throw new ValueError(count > 3 ? "too many values to unpack (expected 3)" : `not enough values to unpack (expected 3, got ${count})`);
    }
    this.gauss_next = getItem(state, 2);
    let internal = getItem(state, 1);
    if (versionNumber === 2) internal = PyTuple.fromIterable([...(internal as Iterable<unknown>)].map((x) => BigInt.asUintN(32, asBigInt(x as Int))));
    this._setInternalState(internal);
    return null;
  }

  /** _random.Random.setstate: a tuple of 624 words and the index. */
  private _setInternalState(internal: unknown): void {
    if (!(internal instanceof PyTuple)) throw new TypeError("state vector must be a tuple");
    if (internal.length !== N + 1) throw new ValueError("state vector is the wrong size");
    const words: number[] = [];
    for (let i = 0; i < N; i++) {
      const element = internal[i];
      if (!isIntValue(element)) throw new TypeError("an integer is required");
      const value = asBigInt(element);
      if (value < 0n) throw new OverflowError("can't convert negative value to unsigned int");
      words.push(Number(BigInt.asUintN(32, value)));
    }
    const index = internal[N];
    if (!isIntValue(index)) throw new TypeError("an integer is required");
    const i = Number(asBigInt(index));
    if (i < 0 || i > N) throw new ValueError("invalid state");
    this._mt!.setState(words, i);
  }

  randrange(start: unknown, stop?: unknown, step?: unknown): Int {
    return isPy2() ? py2.randrange(this._core, start, stop, step) : py3.randrange(this._core, start, stop, step, true);
  }

  randint(a: unknown, b: unknown): Int {
    return isPy2() ? py2.randint(this._core, a, b) : py3.randint(this._core, a, b);
  }

  choice(seq: unknown): unknown {
    return isPy2() ? py2.choice(this._core, seq) : py3.choice(this._core, seq);
  }

  /** shuffle(x); Python 2: shuffle(x, random=None). */
  shuffle(x: unknown, ...rest: unknown[]): null {
    if (isPy2()) {
      const [args, kwargs] = withKwargs(rest);
      return py2.shuffle(this._core, x, args.length > 0 ? args[0] : kwargs["random"]);
    }
    if (rest.length > 0) throw new TypeError(`Random.shuffle() takes 2 positional arguments but ${rest.length + 2} were given`);
    return py3.shuffle(this._core, x);
  }

  /** sample(population, k, *, counts=None); Python 2: sample(population, k). */
  sample(population: unknown, k?: unknown, options?: Kwargs): PyList {
    if (isKwargs(k)) [k, options] = [k["k"], k];
    if (isPy2()) return py2.sample(this._core, population, k);
    return py3.sample(this._core, population, k, options?.["counts"]);
  }

  /** choices(population, weights=None, *, cum_weights=None, k=1) (Python 3 only). */
  choices(population: unknown, ...rest: unknown[]): PyList {
    const [args, kwargs] = withKwargs(rest);
    const weights = args.length > 0 ? args[0] : kwargs["weights"];
    return py3.choices(this._core, population, weights, kwargs["cum_weights"], kwargs["k"]);
  }

  uniform(a: unknown, b: unknown): number | PyFloat {
    return float(dist.uniform(this._core, a, b));
  }

  triangular(low: unknown = new PyFloat(0), high: unknown = new PyFloat(1), mode: unknown = null): unknown {
    return dist.triangular(this._core, low, high, mode);
  }

  normalvariate(mu: unknown = 0.0, sigma: unknown = 1.0): number | PyFloat {
    return float(dist.normalvariate(this._core, mu, sigma));
  }

  gauss(mu: unknown = 0.0, sigma: unknown = 1.0): number | PyFloat {
    return float(dist.gauss(this._core, this._gauss, mu, sigma));
  }

  lognormvariate(mu: unknown, sigma: unknown): number | PyFloat {
    return float(dist.lognormvariate(this._core, mu, sigma));
  }

  expovariate(lambd: unknown): number | PyFloat {
    return float(dist.expovariate(this._core, lambd));
  }

  vonmisesvariate(mu: unknown, kappa: unknown): number | PyFloat {
    return float(dist.vonmisesvariate(this._core, mu, kappa));
  }

  gammavariate(alpha: unknown, beta: unknown): number | PyFloat {
    return float(dist.gammavariate(this._core, alpha, beta));
  }

  betavariate(alpha: unknown, beta: unknown): number | PyFloat {
    return float(dist.betavariate(this._core, alpha, beta));
  }

  paretovariate(alpha: unknown): number | PyFloat {
    return float(dist.paretovariate(this._core, alpha));
  }

  weibullvariate(alpha: unknown, beta: unknown): number | PyFloat {
    return float(dist.weibullvariate(this._core, alpha, beta));
  }
}

/** random.SystemRandom: the same methods over os.urandom; it has no state to seed or save. */
export class SystemRandom extends Random {
  protected override makeCore(): BitGenerator {
    return new OsBitGenerator();
  }

  override seed(): null {
    return null;
  }
}
