// Python's concurrent.futures module: what `from concurrent.futures import ...`
// gives emitted code. ProcessPoolExecutor runs on multiprocessing's pool machinery;
// ThreadPoolExecutor waits for the threading work (the lowering reports it).
export {
  ALL_COMPLETED,
  BrokenExecutor,
  CancelledError,
  DoneAndNotDoneFutures,
  Error,
  Executor,
  FIRST_COMPLETED,
  FIRST_EXCEPTION,
  Future,
  InvalidStateError,
  TimeoutError,
  as_completed,
  wait,
} from "./_base.js";
export { BrokenProcessPool, ProcessPoolExecutor } from "./process.js";
export type { ProcessPoolExecutorOptions } from "./process.js";
// `concurrent.futures.process` (BrokenProcessPool lives there).
export * as process from "./process.js";

// `print(concurrent.futures)` and type() see this namespace as the module (builtins/modules.ts).
import * as self from "./index.js";
import { registerModule } from "../../builtins/modules.js";
registerModule(self, "concurrent.futures");
