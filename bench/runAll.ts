// `npm run bench [name...]`: runs the benchmarks (all, or those named) and prints
// their reports. Benchmarks measure; they never fail on a number.

import { benchConvert } from "./convert/convert.js";

const benches: Record<string, () => Promise<void>> = {
  convert: benchConvert,
};

const wanted = process.argv.slice(2);
for (const [name, run] of Object.entries(benches)) {
  if (wanted.length === 0 || wanted.includes(name)) await run();
}
