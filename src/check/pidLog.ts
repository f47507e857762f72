// The process-id log: how a run tells the comparator which numbers in its output
// are process ids. CPython recordings write it from tools/pidlog/sitecustomize.py;
// our runtime writes the same file when PY2TS_PID_LOG is set.
//
// Format: UTF-8 text, one record per line, `<role> <pid>` with a decimal pid:
//   main 4242      the Python main process (os.getpid() in __main__)
//   parent 4200    the main process's parent (os.getppid() in __main__)
//   child 4243     any other process of the program (fork/Process/Pool workers, at any depth)
// Lines may come in any order and from several processes appending at once (each
// record is one write on an O_APPEND descriptor); duplicates are allowed. Exactly
// one `main` and at most one `parent` record must be present.

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
}

/** Parses a pid log; throws an Error naming the line for anything malformed. */
export function parsePidLog(text: string): PidSet {
  let main: number | null = null;
  let parent: number | null = null;
  const children = new Set<number>();
  const lines = text.split("\n");
  lines.forEach((line, index) => {
    if (line.trim() === "") return;
    const match = /^(main|parent|child) ([0-9]+)$/.exec(line.trim());
    if (!match) throw new Error(`pid log line ${index + 1}: expected "<main|parent|child> <pid>", got ${JSON.stringify(line)}`);
    const pid = Number(match[2]);
    if (match[1] === "main") {
      if (main !== null && main !== pid) throw new Error(`pid log line ${index + 1}: a second main pid ${pid} (first ${main})`);
      main = pid;
    } else if (match[1] === "parent") {
      if (parent !== null && parent !== pid) throw new Error(`pid log line ${index + 1}: a second parent pid ${pid} (first ${parent})`);
      parent = pid;
    } else {
      children.add(pid);
    }
  });
  if (main === null) throw new Error("pid log has no main record");
  children.delete(main);
  if (parent !== null) children.delete(parent);
  return { main, parent, children: [...children].sort((a, b) => a - b) };
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
