// Lowering of pool scripts: Pool and ProcessPoolExecutor calls in the runtime's
// conventions, dotted imports of concurrent.futures, the warm-process hint in the
// module options, and located diagnostics for the thread pools still to come.
// Also: every catalogue member of these modules exists in the runtime.

import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { convertSource } from "../compiler.js";
import * as concurrent from "../runtime/concurrent/index.js";
import * as multiprocessing from "../runtime/multiprocessing/index.js";
import { lookupModule } from "./runtimeApi.js";

async function emitted(python: string): Promise<string> {
  const result = await convertSource(python, "case.py");
  if (!result.ok) assert.fail(result.diagnostics.map((d) => d.message).join("\n"));
  return result.typescript.replace(/\s+/g, " ");
}

async function diagnostics(python: string): Promise<string[]> {
  const result = await convertSource(python, "case.py");
  assert.equal(result.ok, false, "expected diagnostics");
  return result.diagnostics.map((d) => d.message);
}

const header = "from multiprocessing import Pool\ndef f(x):\n    return x\n";

describe("pool calls", () => {
  const cases: Array<[string, string, string]> = [
    ["Pool(5) is an options object", `${header}p = Pool(5)\n`, "new Pool({ processes: 5 })"],
    ["apply_async binds keywords in Python's order", `${header}p = Pool()\np.apply_async(f, args=(1,), callback=f)\n`, "p.apply_async(f, PyTuple.of(1), undefined, f)"],
    ["with Pool() as p enters the context", `${header}with Pool(2) as p:\n    p.map(f, [1])\n`, "enterContext(new Pool({ processes: 2 }))"],
    [
      "map with chunksize= is bound at run time (Pool.map and Executor.map differ)",
      `${header}p = Pool()\np.map(f, [1], chunksize=2)\n`,
      'callMethodKw(p, "map", [f, PyList.of(1)], { chunksize: 2 })',
    ],
  ];
  for (const [name, python, expected] of cases) test(name, async () => assert.ok((await emitted(python)).includes(expected), await emitted(python)));
});

describe("warm processes for pools (runModule's processes option, processCount.ts)", () => {
  const cases: Array<[string, string, string]> = [
    ["Pool(8)", `${header}p = Pool(8)\n`, "processes: 8,"],
    ["Pool(processes=3)", `${header}p = Pool(processes=3)\n`, "processes: 3,"],
    ["ProcessPoolExecutor(max_workers=4)", "from concurrent.futures import ProcessPoolExecutor\ne = ProcessPoolExecutor(max_workers=4)\n", "processes: 4,"],
    ["concurrent.futures.ProcessPoolExecutor(3)", "import concurrent.futures\ne = concurrent.futures.ProcessPoolExecutor(3)\n", "processes: 3,"],
    ["through the module", "import multiprocessing\np = multiprocessing.Pool(3)\n", "processes: 3,"],
  ];
  for (const [name, python, expected] of cases) test(name, async () => assert.ok((await emitted(python)).includes(expected), await emitted(python)));
});

describe("dotted module imports", () => {
  test("import concurrent.futures binds the package, whose futures member is the submodule", async () => {
    const ts = await emitted("import concurrent.futures\ndef f(x):\n    return x\nwith concurrent.futures.ProcessPoolExecutor(max_workers=2) as ex:\n    ex.submit(f, 1)\n");
    assert.ok(ts.includes('import * as concurrent from "py2ts-mp/runtime/concurrent";'), ts);
    assert.ok(ts.includes("new concurrent.futures.ProcessPoolExecutor({ max_workers: 2 })"), ts);
  });

  test("import concurrent.futures as cf binds the submodule", async () => {
    const ts = await emitted("import concurrent.futures as cf\nex = cf.ProcessPoolExecutor()\n");
    assert.ok(ts.includes('import * as cf from "py2ts-mp/runtime/concurrent/futures";'), ts);
    assert.ok(ts.includes("new cf.ProcessPoolExecutor()"), ts);
  });

  test("from concurrent import futures", async () => {
    const ts = await emitted("from concurrent import futures\nex = futures.ProcessPoolExecutor(2)\nfutures.wait([])\n");
    assert.ok(ts.includes('import { futures } from "py2ts-mp/runtime/concurrent";'), ts);
    assert.ok(ts.includes("new futures.ProcessPoolExecutor({ max_workers: 2 })"), ts);
  });

  test("from concurrent.futures import names; from multiprocessing.pool import Pool", async () => {
    const ts = await emitted("from concurrent.futures import as_completed, wait, FIRST_COMPLETED\nfrom multiprocessing.pool import Pool\nprint(as_completed, wait, FIRST_COMPLETED, Pool)\n");
    assert.ok(ts.includes('import { as_completed, wait, FIRST_COMPLETED } from "py2ts-mp/runtime/concurrent/futures";'), ts);
    assert.ok(ts.includes('import { Pool } from "py2ts-mp/runtime/multiprocessing";'), ts);
  });

  test("a submodule the catalogue does not know stays a located diagnostic", async () => {
    assert.match((await diagnostics("import multiprocessing.resource_tracker\n"))[0]!, /multiprocessing\.resource_tracker/);
  });
});

describe("thread pools are reported, not translated", () => {
  const cases: Array<[string, string]> = [
    ["from multiprocessing.pool import ThreadPool\n", "'multiprocessing.pool.ThreadPool' is not supported: thread pools need the threading support"],
    ["from multiprocessing.dummy import Pool\n", "The module 'multiprocessing.dummy' is not supported: thread pools need the threading support"],
    ["import multiprocessing.dummy as mpd\n", "The module 'multiprocessing.dummy' is not supported"],
    ["from concurrent.futures import ThreadPoolExecutor\n", "'concurrent.futures.ThreadPoolExecutor' is not supported: thread pools need"],
    ["import concurrent.futures\nconcurrent.futures.ThreadPoolExecutor()\n", "'concurrent.futures.ThreadPoolExecutor' is not supported"],
    ["import multiprocessing.pool\nmultiprocessing.pool.ThreadPool()\n", "'multiprocessing.pool"],
  ];
  for (const [python, message] of cases) {
    test(python.split("\n")[0]!, async () => {
      const messages = await diagnostics(python);
      assert.ok(messages.some((m) => m.startsWith(message)), messages.join("\n"));
    });
  }
});

test("every catalogue member of the pool modules exists in the runtime", () => {
  const runtimes: Record<string, Record<string, unknown>> = {
    multiprocessing,
    "multiprocessing.pool": multiprocessing,
    "concurrent.futures": concurrent.futures,
    "concurrent.futures.process": concurrent.futures.process,
  };
  for (const [name, runtime] of Object.entries(runtimes)) {
    for (const [member, spec] of Object.entries(lookupModule(name)!.members)) {
      if (spec.kind === "unsupported") continue;
      assert.ok(member in runtime, `${name}.${member} is in the catalogue but not in the runtime`);
    }
  }
});
