// Python's multiprocessing module: what `from multiprocessing import ...` and
// `import multiprocessing` give emitted code. CPython's file layout is kept
// (process.ts, synchronize.ts, sharedctypes.ts, context.ts, util.ts).
// Fork state of the sys module (softspace, argv): registered for every program that uses processes.
import "./inheritedStdio.js";
export { Process, BaseProcess, current_process, parent_process, active_children } from "./process.js";
export type { ProcessOptions } from "./process.js";
export { cpu_count, get_start_method, get_all_start_methods, set_start_method, freeze_support, get_context, ForkContext } from "./context.js";
export { Lock, RLock, Semaphore, BoundedSemaphore } from "./synchronize.js";
export type { SemaphoreOptions } from "./synchronize.js";
export { Condition, Event } from "./condition.js";
export type { ConditionOptions } from "./condition.js";
export { Barrier } from "./barrier.js";
export type { BarrierOptions } from "./barrier.js";
export { ProcessError, BufferTooShort, TimeoutError, AuthenticationError, BrokenBarrierError } from "./errors.js";
export { Value, Array, RawValue, RawArray, Synchronized, SynchronizedArray, SynchronizedString } from "./sharedctypes.js";
export type { SharedOptions } from "./sharedctypes.js";
export { Pool } from "./pool.js";
export type { PoolOptions } from "./pool.js";
export { ApplyResult, ApplyResult as AsyncResult, MapResult, IMapIterator, IMapUnorderedIterator } from "./poolResults.js";
export { RemoteTraceback, MaybeEncodingError } from "./poolErrors.js";
// Queues and pipes (the queues/pipes work).
import "./reduction.js";
export { Queue, JoinableQueue, SimpleQueue, Empty, Full } from "./queues.js";
export type { QueueOptions, JoinableQueueOptions } from "./queues.js";
// `from multiprocessing.connection import wait` imports from this folder.
export { Pipe, Connection, wait } from "./connection.js";
import "./methodSignatures.js";
export * as connection from "./connection.js";
export * as queues from "./queues.js";
// Managers (the manager work): Manager() here, the rest from `multiprocessing.managers`.
export { Manager } from "./managers/index.js";
// `from multiprocessing.managers import ...` imports from this folder (managers' own Value and Array stay in `managers`).
export {
  BaseManager, SyncManager, BaseProxy, Namespace, Token, RemoteError, MakeProxyType, AutoProxy, public_methods,
  DictProxy, ListProxy, NamespaceProxy, ValueProxy, AcquirerProxy, ConditionProxy, EventProxy, BarrierProxy, ArrayProxy, IteratorProxy,
} from "./managers/index.js";
export * as managers from "./managers/index.js";

// `print(multiprocessing)` and type() see this namespace as the module (builtins/modules.ts).
import * as self from "./index.js";
import { registerModule } from "../builtins/modules.js";
registerModule(self, "multiprocessing");
