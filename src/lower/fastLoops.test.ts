// Loop versioning as emitted: which loops get a plain-number copy, the guard that
// picks it, and the constructs that keep the exact int helpers. (Whether the copies
// print what CPython prints is the golden corpus' job: semantics/numbers/fast_loop_*.)

import assert from "node:assert/strict";
import { test } from "node:test";
import { convertSource } from "../compiler.js";

async function emitted(python: string, fileName = "case.py"): Promise<string> {
  const result = await convertSource(python, fileName);
  if (!result.ok) assert.fail(result.diagnostics.map((d) => d.message).join("\n"));
  return result.typescript;
}

function lines(text: string): string[] {
  return text.split("\n").map((l) => l.trim());
}

test("an int loop up to a parameter gets a guarded plain copy and keeps the exact one", async () => {
  const text = lines(await emitted("def work(n):\n    total = 0\n    for i in range(n):\n        total += i * i % 7\n    return total\nprint(work(5))\n"));
  assert.ok(text.includes("if (intAtMost(end, 2 ** 26) && intWithin(total, 2 ** 40)) {") || text.some((l) => /^if \(intAtMost\(\w+, 2 \*\* 26\) && intWithin\(total, 2 \*\* 40\)\) \{$/.test(l)), text.join("\n"));
  assert.ok(text.includes("total += i * i - Math.floor((i * i) / 7) * 7;"), text.join("\n"));
  assert.ok(text.includes("total = intAdd(total, intMod(intMul(i, i), 7));"), text.join("\n"));
});

test("a loop with literal bounds and no guarded local is only the plain copy", async () => {
  const text = lines(await emitted("def f():\n    t = 0\n    for i in range(1000):\n        t = i * 3 - 1\n    return t\nprint(f())\n"));
  assert.ok(text.includes("t = i * 3 - 1;"), text.join("\n"));
  assert.ok(!text.some((l) => l.includes("intMul") || l.includes("intAtMost")), text.join("\n"));
});

test("a loop that calls a function, or runs at module level, is not versioned", async () => {
  for (const python of [
    "def g(x):\n    return x\ndef f(n):\n    t = 0\n    for i in range(n):\n        t += g(i) * 2\n    return t\nprint(f(3))\n",
    "t = 0\nfor i in range(10):\n    t += i * 2\nprint(t)\n",
  ]) {
    const text = await emitted(python);
    assert.ok(!text.includes("intAtMost") && !text.includes("intWithin"), text);
  }
});

test("variables the analysis cannot bound keep the exact helpers inside the plain copy", async () => {
  // x doubles every step and a, b follow Fibonacci: no interval holds them.
  const text = lines(await emitted("def f(n):\n    x = 1\n    a, b = 0, 1\n    s = 0\n    for i in range(n):\n        x *= 2\n        a, b = b, a + b\n        s += i + 1\n    return x, a, s\nprint(f(3))\n"));
  assert.ok(text.includes("s += i + 1;"), text.join("\n"));
  assert.ok(text.filter((l) => l === "x = intMul(x, 2);").length === 2, text.join("\n"));
  assert.ok(text.filter((l) => l === "[a, b] = [b, intAdd(a, b)];").length === 2, text.join("\n"));
});

test("plain arithmetic never makes -0 and floors toward negative infinity", async () => {
  const text = lines(await emitted("def f(n):\n    z = 0\n    q = 0\n    for i in range(n):\n        z = i * -1\n        q = i // -3 + i // 2\n    return z, q\nprint(f(3))\n"));
  assert.ok(text.includes("z = i * -1 + 0;"), text.join("\n"));
  assert.ok(text.includes("q = smallFloorDiv(i, -3) + Math.floor(i / 2);"), text.join("\n"));
});

test("nested counting loops run under the outer guard only (one copy each)", async () => {
  const text = await emitted("def f(n):\n    c = 0\n    for i in range(n):\n        for j in range(n - i):\n            c += j\n    return c\nprint(f(3))\n");
  assert.equal(text.split("intAtMost(").length - 1, 1, text);
  assert.ok(lines(text).includes("for (let j = 0, end = n - i; j < end; j++) {"), text);
});

test("a local an inner loop's stop depends on is guarded too, and `xs[j] = v` does not unbound j", async () => {
  const text = lines(await emitted("def f(n, m):\n    t = 0\n    for i in range(n):\n        for j in range(m):\n            t += j * j\n    return t\nprint(f(3, 4))\n"));
  assert.ok(text.includes("if (intAtMost(n, 2 ** 16) && intWithin(t, 2 ** 40) && intWithin(m, 2 ** 16)) {") || text.some((l) => l.startsWith("if (intAtMost(") && l.includes("intWithin(m,")), text.join("\n"));
  const swap = lines(await emitted("def g(xs):\n    n = len(xs)\n    for i in range(n):\n        for j in range(n - i - 1):\n            if xs[j] > xs[j + 1]:\n                xs[j], xs[j + 1] = xs[j + 1], xs[j]\n    return xs\nprint(g([2, 1]))\n"));
  assert.ok(swap.includes("listSetItem(xs, j + 1, _t_1);"), swap.join("\n"));
});

test("an accumulator past 2**53 that the loop only steps is summed exactly by an IntSum, written back in finally", async () => {
  const text = lines(await emitted("def f(n):\n    total = 0\n    for i in range(n):\n        total += i * i * i\n    return total\nprint(f(3))\n"));
  for (const line of ["if (intAtMost(n, 2 ** 21)) {", "const totalSum = new IntSum(total, 2 ** 21);", "totalSum.addProduct(i * i, i);", "} finally {", "total = totalSum.value();", "total = intAdd(total, intMul(intMul(i, i), i));"]) {
    assert.ok(text.includes(line), `${line}\n${text.join("\n")}`);
  }
  // Read inside the loop: no sum (its value must be current at every step).
  const read = await emitted("def f(n):\n    total = 0\n    for i in range(n):\n        total += i * i * i\n        if total > 5:\n            total -= 1\n    return total\nprint(f(3))\n");
  assert.ok(!read.includes("IntSum"), read);
});

test("Python 2: the plain copy keeps a long a long (10L, an accumulator that passes 2**53)", async () => {
  const text = lines(await emitted("def f(n):\n    a = 0\n    b = 0\n    t = 0\n    for i in xrange(n):\n        a += i * 2\n        b += i * 3L\n        t += i * i * i\n    return a, b, t\nprint f(3)\n"));
  assert.ok(text.includes("a += i * 2;"), text.join("\n"));
  assert.ok(text.filter((l) => l === "b = iadd(b, mul(i, long(3)));").length === 2, text.join("\n"));
  assert.ok(!text.some((l) => l.includes("IntSum")), text.join("\n"));
});
