// A module-level lambda a child may inherit (`square = lambda x: ...` read by a
// module function, also inside the module's if/try/with blocks) is created when
// the module loads; the body only assigns it.

import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { convertSource } from "../compiler.js";

async function emitted(python: string): Promise<string[]> {
  const result = await convertSource(python, "case.py");
  if (!result.ok) assert.fail(result.diagnostics.map((d) => d.message).join("\n"));
  return result.typescript.split("\n").map((l) => l.trim());
}

function indexOf(lines: readonly string[], line: string): number {
  const at = lines.indexOf(line);
  assert.ok(at >= 0, `missing: ${line}\n--- emitted ---\n${lines.join("\n")}`);
  return at;
}

describe("module-level lambdas", () => {
  test("created at import, assigned by the module body where the statement stands", async () => {
    const lines = await emitted("factor = 3\nsquare = lambda x, k=-1: x * factor * k\ndef work(x):\n    return square(x)\nprint(work(2))\n");
    const created = indexOf(lines, "const square_lambda = moduleLambda(");
    const body = indexOf(lines, "function moduleBody(): void {");
    assert.ok(created < body);
    // The name the lambda reads is a module global, so the import-time copy can see it.
    assert.ok(indexOf(lines, "let factor: any, square: any;") < created);
    assert.ok(indexOf(lines, "factor = 3;") < indexOf(lines, "square = square_lambda;"));
  });

  test("a lambda only another such lambda reads is created at import too", async () => {
    const lines = await emitted("inc = lambda x: x + 1\ntwice = lambda x: inc(inc(x))\ndef work(x):\n    return twice(x)\nprint(work(1))\n");
    indexOf(lines, "inc = inc_lambda;");
    indexOf(lines, "twice = twice_lambda;");
  });

  test("inside the module's if/else, try and with blocks: created at import, assigned where the statement stands", async () => {
    const lines = await emitted(
      "import sys\nif sys.argv:\n    square = lambda x: x * x\nelse:\n    square = lambda x: x ** 2\n" +
        "try:\n    inc = lambda x: x + 1\nexcept ValueError:\n    inc = lambda x: x\n" +
        "def work(x):\n    return inc(square(x))\n",
    );
    for (const name of ["square_lambda", "square_lambda_1", "inc_lambda", "inc_lambda_1"]) indexOf(lines, `const ${name} = moduleLambda(`);
    assert.ok(indexOf(lines, "square = square_lambda;") < indexOf(lines, "square = square_lambda_1;"));
  });

  test("a lambda the module body gives to a child (target=, initializer=, args=) is created at import too", async () => {
    const lines = await emitted(
      "import multiprocessing as mp\nif __name__ == '__main__':\n    tag = 'T'\n    greet = lambda: print(tag)\n" +
        "    ready = lambda: None\n    step = lambda x: x + 1\n    keyed = lambda x: -x\n" +
        "    mp.Process(target=greet).start()\n    mp.Pool(1, initializer=ready)\n    mp.Process(target=print, args=(step,))\n" +
        "    print(sorted([1, 2], key=keyed))\n",
    );
    for (const name of ["greet_lambda", "ready_lambda", "step_lambda"]) indexOf(lines, `const ${name} = moduleLambda(`);
    assert.ok(!lines.some((l) => l.includes("keyed_lambda")), "a sort key stays where it stands");
    // The global the lambda reads becomes a module global, which the fork snapshot carries.
    indexOf(lines, "tag = \"T\";");
  });

  test("left where it stands: not read by module functions, in a loop, or with computed defaults", async () => {
    for (const python of [
      "square = lambda x: x * x\nprint(square(2))\n",
      "for k in range(2):\n    square = lambda x: x * x\ndef work(x):\n    return square(x)\n",
      "n = 2\nscale = lambda x, n=n: x * n\ndef work(x):\n    return scale(x)\n",
    ]) {
      const lines = await emitted(python);
      assert.ok(!lines.some((l) => l.includes("moduleLambda")), `unexpected import-time lambda:\n${lines.join("\n")}`);
    }
  });
});
