// Python's queue module (Python 2's Queue): Empty and Full, which multiprocessing's
// queues raise too, and queue.Queue for a single thread (queue.ts).
export { Empty, Full } from "./exceptions.js";
export { Queue } from "./queue.js";
export type { QueueOptions } from "./queue.js";

// `print(queue)` and type() see this namespace as the module (builtins/modules.ts).
import * as self from "./index.js";
import { registerModule } from "../builtins/modules.js";
registerModule(self, "queue");
