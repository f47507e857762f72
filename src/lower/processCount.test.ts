// The warm-process hint (runModule's `processes` option, processCount.ts): how
// many processes a script starts at once, from the loops around its Process calls.

import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { convertSource } from "../compiler.js";

async function processesOption(python: string): Promise<number | null> {
  const result = await convertSource(`from multiprocessing import Process, Pool\ndef f(x=0):\n    pass\n${python}`, "case.py");
  if (!result.ok) assert.fail(result.diagnostics.map((d) => d.message).join("\n"));
  const match = /processes: (\d+),/.exec(result.typescript);
  return match ? Number(match[1]) : null;
}

describe("warm processes counted from loops", () => {
  const cases: Array<[string, string, number]> = [
    ["one Process", "Process(target=f).start()\n", 1],
    ["a literal range", "for i in range(4):\n    Process(target=f).start()\n", 4],
    ["range(start, stop, step)", "for i in range(1, 10, 3):\n    Process(target=f).start()\n", 3],
    ["a list display", "for x in [1, 2, 3]:\n    Process(target=f, args=(x,)).start()\n", 3],
    ["a module constant", "N = 5\nfor i in range(N):\n    Process(target=f).start()\n", 5],
    ["a constant expression", "N = 2 * 3\nps = [Process(target=f) for i in range(N)]\n", 6],
    ["a name bound to a list", "names = ['a', 'b', 'c']\nfor name in names:\n    Process(target=f, args=(name,)).start()\n", 3],
    ["a name bound twice is unknown", "N = 5\nN = 7\nfor i in range(N):\n    Process(target=f).start()\n", 2],
    ["a parameter is unknown", "def main(n):\n    for i in range(n):\n        Process(target=f).start()\n", 2],
    ["cpu_count() is unknown", "import multiprocessing\nfor i in range(multiprocessing.cpu_count()):\n    Process(target=f).start()\n", 2],
    ["nested loops multiply", "for i in range(2):\n    for j in range(3):\n        Process(target=f).start()\n", 6],
    ["Pool(N) with a module constant", "WORKERS = 3\np = Pool(WORKERS)\n", 3],
    ["the cap", "for i in range(100):\n    Process(target=f).start()\n", 16],
  ];
  for (const [name, python, expected] of cases) test(name, async () => assert.equal(await processesOption(python), expected));

  test("a script without processes has no hint", async () => {
    const result = await convertSource("print(1)\n", "case.py");
    assert.ok(result.ok && !result.typescript.includes("processes:"));
  });
});
