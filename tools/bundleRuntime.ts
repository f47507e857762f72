// Bundles the compiled runtime (dist/src/runtime) into one ES module,
// dist/runtime/runtime.bundle.js, which `py2ts-mp run` imports instead of ~170
// separate files: a worker thread then boots in about half the time
// (docs/architecture.md §2). The bundle re-exports the runtime root, each runtime
// module as a namespace (`__runtime_os`, `__runtime_multiprocessing`, ...) and each
// module's members by name (`__runtime_os$getpid`), and is also the entry of hub and child-process threads (`workerData.role`).
// Run by `npm run build` after tsc.

import { build } from "esbuild";
import { existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { bundleExportName } from "../src/lower/imports.js";
import { dropRedundantNames } from "./redundantNames.js";

const dist = join(dirname(fileURLToPath(import.meta.url)), "..");
const runtimeDir = join(dist, "src", "runtime");


/** Runtime module folders (those with an index.js), nested ones too: `os`, `os/path`, `concurrent/futures`. */
function moduleFolders(dir: string, prefix = ""): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (!entry.isDirectory()) continue;
    const name = `${prefix}${entry.name}`;
    if (existsSync(join(dir, entry.name, "index.js"))) out.push(name);
    out.push(...moduleFolders(join(dir, entry.name), `${name}/`));
  }
  return out;
}

const modules = moduleFolders(runtimeDir).sort();

/** `export * as __runtime_os ...` and each member by name (`__runtime_os$getpid`), a live binding. */
async function moduleExports(name: string): Promise<string[]> {
  const path = `./${name}/index.js`;
  const members = Object.keys((await import(pathToFileURL(join(runtimeDir, path)).href)) as object);
  const renamed = members.map((member) => `${member} as ${bundleExportName(name, member)}`);
  return [`export * as ${bundleExportName(name)} from "${path}";`, `export { ${renamed.join(", ")} } from "${path}";`];
}

const entry = [
  `export * from "./index.js";`,
  // The same export names the compiler gives nested modules and their members (compiler.ts runtimeImports).
  ...(await Promise.all(modules.map(moduleExports))).flat(),
  `import { isMainThread, workerData } from "node:worker_threads";`,
  `import { useBundle } from "./internal/entryPoints.js";`,
  `import { startHub } from "./internal/hub.js";`,
  `import { runWorker } from "./internal/workerMain.js";`,
  `useBundle(import.meta.url);`,
  // Not awaited: the child's user module imports this bundle, which must finish loading first.
  `if (!isMainThread && workerData?.role === "hub") startHub(workerData);`,
  `if (!isMainThread && workerData?.role === "worker") void runWorker(workerData);`,
].join("\n");

const outfile = join(dist, "runtime", "runtime.bundle.js");
await build({
  stdin: { contents: entry, resolveDir: runtimeDir, sourcefile: "bundle.js", loader: "js" },
  bundle: true,
  format: "esm",
  platform: "node",
  target: "node20",
  outfile,
  // Class and function names are Python type names (`TypeError`, `KeyError`): keep them.
  keepNames: true,
  logLevel: "warning",
});
// keepNames renames functions on every evaluation; drop the wrappers that change nothing.
writeFileSync(outfile, dropRedundantNames(readFileSync(outfile, "utf8")));
