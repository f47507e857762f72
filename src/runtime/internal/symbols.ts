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

// -- Pool channel (multiprocessing/poolChannel.ts): one per Pool or ProcessPoolExecutor --
// A task ring (the pool's owner writes, workers read under a reader lock) and a result
// ring (workers write under a writer lock, the owner reads), each a byte ring whose
// head and tail count bytes modulo 2^32.
/** Bytes the owner has written into the task ring. */
export const kPoolTaskHead = 0;
/** Bytes workers have taken from the task ring. */
export const kPoolTaskTail = 1;
/** Bumped when task bytes arrive; the reader of a long message waits on it for the rest. */
export const kPoolTaskSeq = 2;
export const kPoolTaskSleepers = 3;
/** The pid of the worker reading a task, 0 when none. */
export const kPoolTaskReader = 4;
/** Bumped when a task message starts or the reader lock is left with more to read; idle workers sleep here. */
export const kPoolTaskLockSeq = 5;
export const kPoolTaskLockSleepers = 6;
/** Bytes workers have written into the result ring. */
export const kPoolResultHead = 7;
/** Bytes the owner has taken from the result ring. */
export const kPoolResultTail = 8;
/** Bumped when the owner frees result space; the worker holding the writer lock waits on it. */
export const kPoolResultSpaceSeq = 9;
export const kPoolResultSpaceSleepers = 10;
/** The pid of the worker writing a result, 0 when none. */
export const kPoolResultWriter = 11;
/** Where that worker's message starts (the owner discards it if the worker dies). */
export const kPoolResultWriteStart = 12;
export const kPoolResultLockSeq = 13;
export const kPoolResultLockSleepers = 14;
/** Bumped when a result arrives, or task space frees while the owner has tasks waiting. */
export const kPoolOwnerSeq = 15;
export const kPoolOwnerSleepers = 16;
/** 1 while the owner has task bytes waiting for space in the task ring. */
export const kPoolOwnerPending = 17;
/** Set when the owner wakes idle workers, cleared by every worker's try for the reader lock: while set, a wake-up is in flight. */
export const kPoolTaskWakePending = 18;
export const kPoolSlots = 20;

// -- Pool worker table: one row per worker place, so the owner knows what a dead worker ran.
/** 1 while the worker runs a task. */
export const kPoolWorkerBusy = 0;
export const kPoolWorkerJob = 1;
export const kPoolWorkerIndex = 2;
export const kPoolWorkerRow = 4;
// -- Channel (a Queue, a SimpleQueue, one direction of a Pipe; internal/channel.ts) --
// Slots 16 apart (64 bytes) never share a cache line: what writers change and
// what readers change each have their own line (a record costs the reader one
// look at the writers' line, and the writers look at the readers' line only when
// their credit of free bytes runs out), and what rarely changes has a third, so a
// producer and a consumer on two cores do not take each other's lines for their
// private state (measured in bench/ipc).
/** Producers' mutex (0 free, 1 held, 2 held with sleepers). */
export const kChanWriteLock = 0;
/** Ring offset (bytes) of the next free byte. */
export const kChanTail = 1;
/**
 * Bytes published since the channel was made (wrap padding included), modulo
 * 2^32: bytes in use are this minus kChanConsumed. A writer publishes a record by
 * advancing it; readers load it to see what is there (one shared line per record).
 */
export const kChanWritten = 2;
/** Records published since the channel was made (qsize()), counted before kChanWritten publishes one. */
export const kChanWrittenCount = 3;
/** Advanced when a record is added or the last writer goes; readers sleep on it (bit 0: one does). */
export const kChanDataSeq = 4;
/** Free bytes the writers know of without looking at kChanConsumed (plain, under the write mutex). */
export const kChanWriteCredit = 5;
/** Consumers' mutex; a producer that grows the ring takes it too. */
export const kChanReadLock = 16;
/** Ring offset (bytes) of the next record to read. */
export const kChanHead = 17;
/** Bytes freed since the channel was made, modulo 2^32 (writers load it only when their credit runs out). */
export const kChanConsumed = 18;
/** Records taken since the channel was made, counted after the record is freed. */
export const kChanConsumedCount = 19;
/** Advanced when a reader frees space; writers sleep on it only at the maximum size. */
export const kChanSpaceSeq = 20;
/** Bytes readers know are published past the head (plain, under the read mutex): no look at the writers' line until they are taken. */
export const kChanReadKnown = 21;
/** The ring's size in bytes (the data buffer may be larger). */
export const kChanCapacity = 48;
/** Open copies of the writing and reading ends (Pipe EOF and EPIPE); -1: not counted (queues). */
export const kChanWriters = 49;
export const kChanReaders = 50;
export const kChanSlots = 64;

// -- Manager server control (multiprocessing/managers/transport.ts) -------------------
/** Bumped by a client that posts a request and by the hub for a new client; the server waits on it. */
export const kMgrDoorbell = 0;
/** The server is (about to be) asleep on kMgrDoorbell: ringers make the notify system call. */
export const kMgrServerSleepers = 1;
/** kMgrStarting, kMgrServing or kMgrStopped. */
export const kMgrServerState = 2;
export const kMgrControlSlots = 4;

export const kMgrStarting = 0;
export const kMgrServing = 1;
export const kMgrStopped = 2;

// -- Manager channel (one per client connection to a manager server) -----------------
/** kMgrIdle, kMgrRequest, kMgrParked or kMgrReply; the client waits on it. */
export const kMgrChanState = 0;
/** The client is asleep on kMgrChanState: the server makes the notify system call. */
export const kMgrChanSleepers = 1;
/** Bytes of the request or the reply after the header. */
export const kMgrChanLength = 2;
export const kMgrChanHeaderBytes = 16;

export const kMgrIdle = 0;
export const kMgrRequest = 1;
/** The server took the request and will answer later (a lock, a queue, an event). */
export const kMgrParked = 2;
export const kMgrReply = 3;
