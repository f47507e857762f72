// The member names of the runtime's library objects (queues, locks, events, shared
// values, processes, pools, connections, futures). Shared by the compiler and the
// runtime, so this module imports nothing:
// - the lowering calls a library object's method of one of these names directly
//   (`q.put(x)` is a producer's hot path) and reads its data attributes as plain
//   properties (`v.value` in a hot loop); any other name goes through callMethod
//   or getattr;
// - the runtime makes each of these names that a library class lacks raise
//   AttributeError (missingLibraryMembers.ts), so that a direct call or read of a
//   member the object does not have (`SimpleQueue().get_nowait()`, `event.value`)
//   raises CPython's error.

export const libraryMethodNames: ReadonlySet<string> = new Set([
  "acquire", "release", "locked", "get", "put", "get_nowait", "put_nowait", "qsize", "empty", "full", "close",
  "join", "join_thread", "cancel_join_thread", "task_done", "set", "clear", "is_set", "isSet", "wait", "wait_for",
  "notify", "notify_all", "notifyAll", "get_lock", "get_obj", "start", "run", "terminate", "kill", "is_alive",
  "map", "map_async", "apply", "apply_async", "imap", "imap_unordered", "starmap", "starmap_async", "send", "recv",
  "poll", "send_bytes", "recv_bytes", "recv_bytes_into", "submit", "result", "done", "cancel", "exception",
  "add_done_callback", "ready", "successful", "shutdown", "reset", "abort",
]);

export const libraryDataAttributeNames: ReadonlySet<string> = new Set([
  "value", "raw", "name", "pid", "exitcode", "daemon", "ident", "authkey", "sentinel", "closed", "readable", "writable",
]);
