// Writes this program's process ids to the file named by PY2TS_PID_LOG (format in
// src/check/pidLog.ts), so the golden comparator knows which printed numbers are
// pids. One append per record: concurrent processes never interleave a line.

import { closeSync, openSync, writeSync } from "node:fs";

export type PidRole = "main" | "parent" | "child";

export function logPid(role: PidRole, pid: number): void {
  const path = process.env["PY2TS_PID_LOG"];
  if (!path) return;
  const fd = openSync(path, "a");
  try {
    writeSync(fd, `${role} ${pid}\n`);
  } finally {
    closeSync(fd);
  }
}
