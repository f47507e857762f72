// The process-id log: how a run tells the comparator which numbers in its output
// are process ids. CPython recordings write it from tools/pidlog/sitecustomize.py;
// our runtime writes the same file when PY2TS_PID_LOG is set.
//
// Format: UTF-8 text, one record per line, fields separated by one space:
//   main <pid>                 the Python main process (os.getpid() in __main__)
//   parent <pid>               the main process's parent (os.getppid() in __main__)
//   child <pid> [<t>]          any other process of the program (fork, Process, Pool
//                              workers, at any depth), created at time <t>
//   exit <pid> <t>             a child process ended, or was reaped, at <t>
//   thread <pid> <t> <id>      a thread <id> of process <pid> started at <t>
//   thread-end <pid> <t> <id>  ... and ended
// Times are wall-clock milliseconds since the epoch (time.time() * 1000). A
// runtime only has to write main, parent and child records; the others are what
// the recorder adds so the comparator knows when CPython ran a single thread.
// Records may come in any order and from several processes appending at once
// (each record is one write on an O_APPEND descriptor); duplicates are allowed.
// Exactly one `main` and at most one `parent` record must be present.

export const PID_LOG_ENV = "PY2TS_PID_LOG";
/** Set by the main interpreter so interpreters it execs (spawn, subprocess) log themselves as children. */
export const PID_LOG_MAIN_ENV = "PY2TS_PID_LOG_MAIN";

/** The process ids of one run. */
export interface PidSet {
  readonly main: number;
  /** Null when the run did not log one. */
  readonly parent: number | null;
  /** Every other process of the program, ascending, without duplicates. */
  readonly children: readonly number[];
  /** How many threads the program started; absent or 0 when the log has no thread records. */
  readonly threads?: number;
}

const RECORD = /^(main|parent|child|exit|thread|thread-end) ([0-9]+)(?: ([0-9.]+)(?: ([0-9]+))?)?$/;

/** Parses a pid log; throws an Error naming the line for anything malformed. */
export function parsePidLog(text: string): PidSet {
  let main: number | null = null;
  let parent: number | null = null;
  const children = new Set<number>();
  let threads = 0;
  const lines = text.split("\n");
  lines.forEach((line, index) => {
    if (line.trim() === "") return;
    const match = RECORD.exec(line.trim());
    if (!match) throw new Error(`pid log line ${index + 1}: expected "<role> <pid> [<time> [<thread id>]]", got ${JSON.stringify(line)}`);
    const pid = Number(match[2]);
    if (match[1] === "main") {
      if (main !== null && main !== pid) throw new Error(`pid log line ${index + 1}: a second main pid ${pid} (first ${main})`);
      main = pid;
    } else if (match[1] === "parent") {
      if (parent !== null && parent !== pid) throw new Error(`pid log line ${index + 1}: a second parent pid ${pid} (first ${parent})`);
      parent = pid;
    } else if (match[1] === "thread") {
      threads++;
    } else if (match[1] === "child") {
      children.add(pid);
    }
  });
  if (main === null) throw new Error("pid log has no main record");
  children.delete(main);
  if (parent !== null) children.delete(parent);
  return { main, parent, children: [...children].sort((a, b) => a - b), threads };
}

/** Every pid of the run, for membership tests. */
export function allPids(pids: PidSet): Set<number> {
  const all = new Set<number>(pids.children);
  all.add(pids.main);
  if (pids.parent !== null) all.add(pids.parent);
  return all;
}

export type PidRole = "main" | "parent" | "child";

export function pidRole(pids: PidSet, pid: number): PidRole | null {
  if (pid === pids.main) return "main";
  if (pid === pids.parent) return "parent";
  return pids.children.includes(pid) ? "child" : null;
}

/**
 * When the program ran more than its main thread: the merged intervals during
 * which some child process or thread was alive, in ms relative to `startEpochMs`,
 * flattened as [start1, end1, start2, end2, ...]. A child or thread whose end was
 * not logged is alive until `endMs`.
 */
export function parseBusyIntervals(text: string, startEpochMs: number, endMs: number): number[] {
  const starts = new Map<string, number>();
  const ends = new Map<string, number>();
  for (const line of text.split("\n")) {
    const match = RECORD.exec(line.trim());
    if (!match || match[3] === undefined) continue;
    const t = Number(match[3]) - startEpochMs;
    const [, role, pid, , id] = match;
    const key = role === "thread" || role === "thread-end" ? `thread ${pid} ${id}` : `process ${pid}`;
    if (role === "child" || role === "thread") starts.set(key, Math.min(starts.get(key) ?? Infinity, t));
    if (role === "exit" || role === "thread-end") ends.set(key, Math.min(ends.get(key) ?? Infinity, t));
  }
  // A thread ends at the latest with its process.
  const endOf = (key: string) => {
    const processEnd = key.startsWith("thread ") ? ends.get(`process ${key.split(" ")[1]}`) : undefined;
    return Math.min(ends.get(key) ?? endMs, processEnd ?? endMs);
  };
  const intervals = [...starts].map(([key, start]): [number, number] => [start, Math.max(start, endOf(key))]);
  intervals.sort((a, b) => a[0] - b[0]);
  const merged: [number, number][] = [];
  for (const [low, high] of intervals) {
    const last = merged[merged.length - 1];
    if (last && low <= last[1]) last[1] = Math.max(last[1], high);
    else merged.push([low, high]);
  }
  return merged.flat().map((t) => Math.round(t * 100) / 100);
}
