// Every builtin name, used as a value and called, either converts to code that
// imports only what the runtime exports, or is reported with a located error. A
// name the runtime lacks used to convert and then fail to link ("does not provide
// an export named 'exit'"), an internal error instead of a diagnostic.

import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { builtinNamesOf } from "../analyze/builtinNames.js";
import { convertSource } from "../compiler.js";
import * as runtime from "../runtime/index.js";

const runtimeExports = new Set(Object.keys(runtime));

/** The names emitted code imports from the runtime's main entry. */
function runtimeImports(typescript: string): string[] {
  const names: string[] = [];
  for (const match of typescript.matchAll(/import \{([^}]*)\} from "py2ts-mp\/runtime";/g)) {
    for (const part of match[1]!.split(",")) {
      const name = part.trim().replace(/^type /, "");
      if (name) names.push(name);
    }
  }
  return names;
}

async function assertLinksOrIsReported(python: string, builtin: string): Promise<void> {
  const result = await convertSource(python, "case.py");
  if (!result.ok) {
    assert.ok(result.diagnostics.length > 0);
    assert.ok(
      result.diagnostics.every((d) => d.code !== 900),
      `internal error for ${builtin}: ${result.diagnostics.map((d) => d.message).join("; ")}`,
    );
    return;
  }
  const missing = runtimeImports(result.typescript).filter((name) => !runtimeExports.has(name));
  assert.deepEqual(missing, [], `${builtin}: imports the runtime does not export\n${result.typescript}`);
}

for (const dialect of ["py3", "py2"] as const) {
  describe(`builtins of ${dialect}: converted and linkable, or reported`, () => {
    for (const name of [...builtinNamesOf(dialect)].sort()) {
      if (name === "print" && dialect === "py2") continue; // a statement keyword there
      test(name, async () => {
        await assertLinksOrIsReported(`# py2ts: ${dialect}\nx = ${name}\n`, `${name} as a value`);
        await assertLinksOrIsReported(`# py2ts: ${dialect}\ny = ${name}()\n`, `${name}()`);
      });
    }
  });
}

describe("bytearray is translated for Python 3 and reported for Python 2", () => {
  test("Python 3: a call of the runtime's bytearray", async () => {
    const result = await convertSource("b = bytearray(b'ab')\nb.append(99)\n", "case.py");
    assert.ok(result.ok, JSON.stringify(!result.ok && result.diagnostics));
    assert.match(result.typescript, /bytearray\(/);
  });

  test("Python 2: the call and the value are located errors that say why", async () => {
    const source = "# py2ts: py2\nb = bytearray('ab')\nt = bytearray\n";
    const result = await convertSource(source, "case.py");
    assert.ok(!result.ok);
    const call = source.indexOf("bytearray(");
    const value = source.lastIndexOf("bytearray");
    assert.deepEqual(
      result.diagnostics.map((d) => [d.span.start, d.span.end]),
      [[call, call + 9], [value, value + 9]],
    );
    for (const d of result.diagnostics) assert.match(d.message, /bytearray.*Python 3 scripts/);
  });
});
