// Micro-benchmarks for the runtime containers and exceptions (values-obj):
// `node dist/bench/containers.js`. Numbers are recorded in docs/architecture.md;
// nothing asserts on them.

import { setDialect } from "../src/runtime/builtins/dialect.js";
import { PyDict } from "../src/runtime/builtins/dict.js";
import { KeyError } from "../src/runtime/builtins/exceptions.js";
import { PyList } from "../src/runtime/builtins/list.js";
import { PySet } from "../src/runtime/builtins/set.js";
import { sorted } from "../src/runtime/builtins/iteration.js";
import { PyTuple } from "../src/runtime/builtins/tuple.js";

function time(label: string, runs: number, body: () => void): void {
  body(); // warm up
  const start = process.hrtime.bigint();
  for (let i = 0; i < runs; i++) body();
  const ms = Number(process.hrtime.bigint() - start) / 1e6 / runs;
  console.log(`${label.padEnd(58)} ${ms.toFixed(2).padStart(9)} ms`);
}

const N = 200_000;
const words = Array.from({ length: N }, (_, i) => `w${i % 50_000}`);

time(`new Error() x ${N}`, 5, () => {
  for (let i = 0; i < N; i++) new Error("k");
});
time(`new KeyError(k) x ${N}`, 5, () => {
  for (let i = 0; i < N; i++) new KeyError(words[i]);
});
time(`try { d[k] } except KeyError (all miss) x ${N}`, 5, () => {
  const d = new PyDict();
  for (let i = 0; i < N; i++) {
    try {
      d.__getitem__(words[i]);
    } catch (e) {
      if (!(e instanceof KeyError)) throw e;
    }
  }
});
time(`JS Map set+get x ${N} (50k string keys)`, 5, () => {
  const m = new Map<string, number>();
  for (let i = 0; i < N; i++) m.set(words[i]!, (m.get(words[i]!) ?? 0) + 1);
});
for (const dialect of ["py3", "py2"] as const) {
  setDialect(dialect);
  time(`${dialect} PyDict d[k] = d.get(k, 0) + 1 x ${N} (50k str keys)`, 5, () => {
    const d = new PyDict<string, number>();
    for (let i = 0; i < N; i++) d.__setitem__(words[i]!, (d.get(words[i]!, 0) as number) + 1);
  });
  time(`${dialect} PyDict int keys 0..${N} insert + iterate`, 5, () => {
    const d = new PyDict<number, number>();
    for (let i = 0; i < N; i++) d.__setitem__(i, i);
    let s = 0;
    for (const k of d) s += k;
    if (s < 0) throw new Error();
  });
  time(`${dialect} PyDict tuple keys x ${N / 4}`, 5, () => {
    const d = new PyDict();
    for (let i = 0; i < N / 4; i++) d.__setitem__(PyTuple.of(i % 100, i), i);
  });
  time(`${dialect} PySet.add ints x ${N}`, 5, () => {
    const s = new PySet<number>();
    for (let i = 0; i < N; i++) s.add((i * 7919) % 100_003);
  });
  time(`${dialect} PySet.add strings x ${N}`, 5, () => {
    const s = new PySet<string>();
    for (let i = 0; i < N; i++) s.add(words[i]!);
  });
}
setDialect("py3");
time(`PyList.of(a, b) x ${N * 5}`, 5, () => {
  for (let i = 0; i < N * 5; i++) PyList.of(i, i);
});
const nums = PyList.fromArray(Array.from({ length: N }, (_, i) => (i * 7919) % 100_003));
time(`sorted(${N} ints)`, 5, () => {
  sorted(nums);
});
const strs = PyList.fromArray(words);
time(`sorted(${N} strings)`, 5, () => {
  sorted(strs);
});
const tuples = PyList.fromArray(Array.from({ length: N / 4 }, (_, i) => PyTuple.of(i % 100, -i)));
time(`sorted(${N / 4} tuples) (Python < comparisons)`, 2, () => {
  sorted(tuples);
});
