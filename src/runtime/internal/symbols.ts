// Shared-memory layouts: the Int32 slot index of every field of every structure
// that lives in a SharedArrayBuffer, by structure. Each primitive's file opens with
// a comment on who waits and who notifies; the slots themselves are named here so
// the layouts can be read (and checked for overlaps) in one place.

/** Bytes per Int32 slot. */
export const kInt32 = 4;

// -- Hub answer flag (one per process connection) ---------------------------------
/** 0 while a request is outstanding, 1 once the hub has posted the answer. */
export const kHubAnswered = 0;
export const kHubFlagSlots = 1;

// -- Process cell (one per started Process; parent, child and hub share it) -------
/** Lifecycle state; also the sequence counter join() waits on. */
export const kCellState = 0;
/** The exit code, valid once the state is kProcessStopped. */
export const kCellExitCode = 1;
/** The child's pid (written by the parent when the hub answers). */
export const kCellPid = 2;
export const kCellSlots = 4;

/** Values of kCellState. */
export const kProcessCreated = 0;
export const kProcessRunning = 1;
/** A thread won the right to publish the exit code and is writing it. */
export const kProcessPublishing = 2;
export const kProcessStopped = 3;

// -- SemLock (Lock, RLock, Semaphore, BoundedSemaphore) ----------------------------
/** The semaphore count (1 = unlocked for a lock). */
export const kSemValue = 0;
/** Bumped by release when someone waits. */
export const kSemSeq = 1;
/** Threads in acquire's slow path (release bumps kSemSeq only if > 0). */
export const kSemWaiters = 2;
/** Threads actually asleep in Atomics.wait (release makes the notify syscall only if > 0). */
export const kSemSleepers = 3;
export const kSemMaxValue = 4;
export const kSemKind = 5;
export const kSemSlots = 8;

/** Values of kSemKind (CPython's _multiprocessing names). */
export const kRecursiveMutex = 0;
export const kSemaphore = 1;

// -- Condition ----------------------------------------------------------------------
/** Bumped when notify hands out wake-up tokens; sleepers wait on it. */
export const kCondSeq = 0;
/** sleepers << 16 | tokens, changed with one compare-and-swap. */
export const kCondState = 1;
/** Bumped when a sleeper takes a token; the notifier waits on it. */
export const kCondAckSeq = 2;
export const kCondSlots = 4;
export const kCondTokenBits = 16;

// -- Event --------------------------------------------------------------------------
export const kEventFlag = 0;
export const kEventSeq = 1;
export const kEventSlots = 2;

// -- Barrier (state beside its Condition) -------------------------------------------
/** 0 filling, 1 draining, -1 resetting, -2 broken (threading.Barrier's states). */
export const kBarrierState = 0;
export const kBarrierCount = 1;
export const kBarrierSlots = 2;

// -- Channel (a Queue, a SimpleQueue, one direction of a Pipe; internal/channel.ts) --
// Slots 16 apart (64 bytes) never share a cache line: what only writers touch,
// what only readers touch, what both touch for every record, and what rarely
// changes each have their own, so a producer and a consumer on two cores do not
// take each other's lines for their private state (measured in bench/ipc).
/** Producers' mutex (0 free, 1 held, 2 held with sleepers). */
export const kChanWriteLock = 0;
/** Ring offset (bytes) of the next free byte. */
export const kChanTail = 1;
/** Consumers' mutex; a producer that grows the ring takes it too. */
export const kChanReadLock = 16;
/** Ring offset (bytes) of the next record to read. */
export const kChanHead = 17;
/** Bytes in use, wrap padding included; > 0 exactly when a record is there. */
export const kChanUsed = 32;
/** Advanced when a record is added or the last writer goes; readers sleep on it (bit 0: one does). */
export const kChanDataSeq = 33;
/** Advanced when a reader frees space; writers sleep on it only at the maximum size. */
export const kChanSpaceSeq = 34;
/** The ring's size in bytes (the data buffer may be larger). */
export const kChanCapacity = 48;
/** Open copies of the writing and reading ends (Pipe EOF and EPIPE); -1: not counted (queues). */
export const kChanWriters = 49;
export const kChanReaders = 50;
export const kChanSlots = 64;
