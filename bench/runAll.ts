// `npm run bench [name...]`: runs the benchmarks (all, or those named) and prints
// their reports. Benchmarks measure; they never fail on a number.

// Loaded on demand: a benchmark's imports (the compiler's native parser for
// convert) are needed only when it runs.
const benches: Record<string, () => Promise<void>> = {
  convert: async () => (await import("./convert/convert.js")).benchConvert(),
  cpu: async () => (await import("./cpu/cpu.js")).benchCpu(),
  intLoop: async () => (await import("./values/intLoop.js")).benchIntLoop(),
  strIndex: async () => (await import("./values/strIndex.js")).benchStrIndex(),
  process: async () => (await import("./process/process.js")).benchProcess(),
  pool: async () => (await import("./pool/pool.js")).benchPool(),
  manager: async () => (await import("./manager/manager.js")).benchManager(),
  ipc: async () => (await import("./ipc/ipc.js")).benchIpc(),
};

const wanted = process.argv.slice(2);
for (const [name, run] of Object.entries(benches)) {
  if (wanted.length === 0 || wanted.includes(name)) await run();
}
