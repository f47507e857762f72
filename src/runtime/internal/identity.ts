// Who is running: this Python process's pid and parent pid, and the current
// thread's ident. The main process uses the real process.pid/ppid; a child gets
// the pid the hub allocated for it (main pid + n, in start order) when it starts.

let pid = process.pid;
let ppid = process.ppid;

export function getPid(): number {
  return pid;
}

export function getPpid(): number {
  return ppid;
}

/** A reused worker has no Python identity until its next start (forkState.ts). */
export function resetIdentity(): void {
  pid = process.pid;
  ppid = process.ppid;
}

/** Called once in a child, before user code runs. */
export function setIdentity(childPid: number, parentPid: number): void {
  pid = childPid;
  ppid = parentPid;
}

/**
 * The ident of the running Python thread within this process (RLock ownership,
 * Lock repr). 0 until the threading module registers its scheduler's provider.
 */
let threadIdent: () => number = () => 0;
let threadName: () => string = () => "MainThread";

export function currentThreadIdent(): number {
  return threadIdent();
}

export function currentThreadName(): string {
  return threadName();
}

export function setThreadProvider(ident: () => number, name: () => string): void {
  threadIdent = ident;
  threadName = name;
}
