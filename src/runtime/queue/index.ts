// Python's queue module (Python 2's Queue): Empty and Full, which multiprocessing's
// queues raise too, and queue.Queue for a single thread (queue.ts).
export { Empty, Full } from "./exceptions.js";
export { Queue } from "./queue.js";
export type { QueueOptions } from "./queue.js";
