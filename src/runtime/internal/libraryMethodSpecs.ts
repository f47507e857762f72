// Python signatures of the library objects' methods, as CPython 3.11 defines them
// (qualnames name the defining class: JoinableQueue overrides put, send and recv
// are _ConnectionBase's, every Process method is BaseProcess's). Shared by the
// compiler and the runtime, so this module imports nothing:
// - the runtime attaches them to its methods (multiprocessing/methodSignatures.ts),
//   so calls it binds (`q.put(x, **opts)`, `get = q.get; get(timeout=2)`) bind as
//   CPython does and a wrong argument count raises CPython's TypeError;
// - the lowering sends a direct call whose argument count some library object
//   would reject (`q.put()`, `conn.send(a, b)`) through that binding
//   (libraryCallArity.ts), where a plain TypeScript call would silently pass
//   undefined or drop the extra arguments.
//
// Methods CPython implements in C (a SemLock's acquire/release, Python 2's
// Connection) have their own messages: `cMethods` below.

/** `"Qualname.method(self, a, b=)"` by method name, for one class of the runtime. */
export type MethodSpecs = Readonly<Record<string, string>>;

export const libraryMethodSpecs = {
  "multiprocessing.queues.Queue": {
    put: "Queue.put(self, obj, block=, timeout=)",
    get: "Queue.get(self, block=, timeout=)",
    put_nowait: "Queue.put_nowait(self, obj)",
    get_nowait: "Queue.get_nowait(self)",
    qsize: "Queue.qsize(self)",
    empty: "Queue.empty(self)",
    full: "Queue.full(self)",
    close: "Queue.close(self)",
    join_thread: "Queue.join_thread(self)",
    cancel_join_thread: "Queue.cancel_join_thread(self)",
  },
  // put is Queue's here (keyword errors name Queue.put where CPython says JoinableQueue.put).
  "multiprocessing.queues.JoinableQueue": {
    task_done: "JoinableQueue.task_done(self)",
    join: "JoinableQueue.join(self)",
  },
  "multiprocessing.queues.SimpleQueue": {
    put: "SimpleQueue.put(self, obj)",
    get: "SimpleQueue.get(self)",
    empty: "SimpleQueue.empty(self)",
    close: "SimpleQueue.close(self)",
  },
  "multiprocessing.connection.Connection": {
    send: "_ConnectionBase.send(self, obj)",
    recv: "_ConnectionBase.recv(self)",
    send_bytes: "_ConnectionBase.send_bytes(self, buf, offset=, size=)",
    recv_bytes: "_ConnectionBase.recv_bytes(self, maxlength=)",
    recv_bytes_into: "_ConnectionBase.recv_bytes_into(self, buf, offset=)",
    poll: "_ConnectionBase.poll(self, timeout=)",
    close: "_ConnectionBase.close(self)",
    fileno: "_ConnectionBase.fileno(self)",
  },
  "multiprocessing.synchronize.Event": {
    is_set: "Event.is_set(self)",
    set: "Event.set(self)",
    clear: "Event.clear(self)",
    wait: "Event.wait(self, timeout=)",
  },
  "multiprocessing.synchronize.Condition": {
    wait: "Condition.wait(self, timeout=)",
    wait_for: "Condition.wait_for(self, predicate, timeout=)",
    notify: "Condition.notify(self, n=)",
    notify_all: "Condition.notify_all(self)",
  },
  "multiprocessing.synchronize.Barrier": {
    wait: "Barrier.wait(self, timeout=)",
    reset: "Barrier.reset(self)",
    abort: "Barrier.abort(self)",
  },
  "multiprocessing.sharedctypes.SynchronizedBase": {
    get_lock: "SynchronizedBase.get_lock(self)",
    get_obj: "SynchronizedBase.get_obj(self)",
  },
  "multiprocessing.process.BaseProcess": {
    start: "BaseProcess.start(self)",
    run: "BaseProcess.run(self)",
    terminate: "BaseProcess.terminate(self)",
    kill: "BaseProcess.kill(self)",
    join: "BaseProcess.join(self, timeout=)",
    is_alive: "BaseProcess.is_alive(self)",
    close: "BaseProcess.close(self)",
  },
  "multiprocessing.pool.ApplyResult": {
    ready: "ApplyResult.ready(self)",
    successful: "ApplyResult.successful(self)",
    wait: "ApplyResult.wait(self, timeout=)",
    get: "ApplyResult.get(self, timeout=)",
  },
  "multiprocessing.pool.Pool": {
    apply: "Pool.apply(self, func, args=, kwds=)",
    apply_async: "Pool.apply_async(self, func, args=, kwds=, callback=, error_callback=)",
    map: "Pool.map(self, func, iterable, chunksize=)",
    map_async: "Pool.map_async(self, func, iterable, chunksize=, callback=, error_callback=)",
    starmap: "Pool.starmap(self, func, iterable, chunksize=)",
    starmap_async: "Pool.starmap_async(self, func, iterable, chunksize=, callback=, error_callback=)",
    imap: "Pool.imap(self, func, iterable, chunksize=)",
    imap_unordered: "Pool.imap_unordered(self, func, iterable, chunksize=)",
  },
  "concurrent.futures.process.ProcessPoolExecutor": {
    submit: "ProcessPoolExecutor.submit(self, fn, /, *args, **kwargs)",
    map: "ProcessPoolExecutor.map(self, fn, *iterables, timeout=, chunksize=)",
    shutdown: "ProcessPoolExecutor.shutdown(self, wait=, *, cancel_futures=)",
  },
  "multiprocessing.managers.ValueProxy": {
    get: "ValueProxy.get(self)",
    set: "ValueProxy.set(self, value)",
  },
  "queue.Queue": {
    put: "Queue.put(self, item, block=, timeout=)",
    get: "Queue.get(self, block=, timeout=)",
    put_nowait: "Queue.put_nowait(self, item)",
    get_nowait: "Queue.get_nowait(self)",
    qsize: "Queue.qsize(self)",
    empty: "Queue.empty(self)",
    full: "Queue.full(self)",
    task_done: "Queue.task_done(self)",
    join: "Queue.join(self)",
  },
} as const satisfies Readonly<Record<string, MethodSpecs>>;

/**
 * How a method CPython implements in C rejects an argument count, per dialect
 * (null: the dialect's method is a Python function, bound by its signature).
 * `noargs` and `one` are METH_NOARGS and METH_O; `args` is an argument parser
 * that names the function as `name` ("function" when its format gives none).
 */
export interface CArityForm {
  readonly name: string;
  readonly kind: "noargs" | "one" | "args";
  readonly min: number;
  readonly max: number;
}

export interface CArity {
  readonly py3: CArityForm | null;
  readonly py2: CArityForm | null;
}

const semLockAcquire: CArity = {
  py3: { name: "acquire", kind: "args", min: 0, max: 2 },
  py2: { name: "function", kind: "args", min: 0, max: 2 },
};
const semLockRelease: CArity = {
  py3: { name: "SemLock.release", kind: "noargs", min: 0, max: 0 },
  py2: { name: "release", kind: "noargs", min: 0, max: 0 },
};

/** C methods by class and method name. A lock's acquire/release are its SemLock's, also through a Condition or a shared value. */
export const cMethods: Readonly<Record<string, Readonly<Record<string, CArity>>>> = {
  "multiprocessing.synchronize.SemLock": { acquire: semLockAcquire, release: semLockRelease },
  "multiprocessing.synchronize.Condition": { acquire: semLockAcquire, release: semLockRelease },
  "multiprocessing.sharedctypes.SynchronizedBase": { acquire: semLockAcquire, release: semLockRelease },
  // Python 2.7's SimpleQueue sets closures `put(obj)` and `get()` on the instance.
  "multiprocessing.queues.SimpleQueue": {
    put: { py3: null, py2: { name: "put", kind: "args", min: 1, max: 1 } },
    get: { py3: null, py2: { name: "get", kind: "noargs", min: 0, max: 0 } },
  },
  "multiprocessing.connection.Connection": {
    send: { py3: null, py2: { name: "send", kind: "one", min: 1, max: 1 } },
    recv: { py3: null, py2: { name: "recv", kind: "noargs", min: 0, max: 0 } },
    poll: { py3: null, py2: { name: "function", kind: "args", min: 0, max: 1 } },
    close: { py3: null, py2: { name: "close", kind: "noargs", min: 0, max: 0 } },
  },
};
