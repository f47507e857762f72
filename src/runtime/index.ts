// What emitted code imports as `py2ts-mp/runtime`. Folders mirror Python's module
// layout; each folder's index.ts exports its public names. The runtime never
// imports the compiler.
export * from "./builtins/index.js";
export * from "./internal/index.js";
export * from "./multiprocessing/index.js";
// builtins.TimeoutError (OSError's) wins the flat name; multiprocessing.TimeoutError is
// the multiprocessing module's own (py2ts-mp/runtime/multiprocessing).
export { TimeoutError } from "./builtins/index.js";
export * as os from "./os/index.js";
export * as time from "./time/index.js";
export * as random from "./random/index.js";
export * as logging from "./logging/index.js";
export * as sys from "./sys/index.js";
export * as ctypes from "./ctypes/index.js";
export * as queue from "./queue/index.js";
