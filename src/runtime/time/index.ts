// Python's time module. sleep blocks only the calling thread (one Python process)
// through the runtime's wait helper, so safe-point hooks (Pool callbacks) still
// run while it sleeps. Clocks: time() is the wall clock, perf_counter() and
// monotonic() one system-wide monotonic clock (comparable across processes, like
// CPython's CLOCK_MONOTONIC); reading one is a safe point too (busy-wait loops).
// Local time follows the TZ environment variable.

import { readFileSync } from "node:fs";
import { normBig } from "../builtins/int.js";
import { PyLong } from "../builtins/long.js";
import { isPy2 } from "../builtins/dialect.js";
import { floatValue, PyFloat, toFloat } from "../builtins/float.js";
import { TypeError, ValueError } from "../builtins/exceptions.js";
import { IOError } from "../builtins/osErrors.js";
import { typeName } from "../builtins/types.js";
import { clockReadSafePoint, deadlineAfter, sleepUntil } from "../internal/wait.js";
import { formatTime, localStruct, struct_time, toStruct, utcStruct } from "./structTime.js";

export { struct_time };

/** Seconds as a JavaScript number from a Python int/float/bool; CPython's TypeError otherwise. */
export function secondsArgument(secs: unknown): number {
  if (typeof secs === "number" || typeof secs === "boolean" || typeof secs === "bigint" || secs instanceof PyFloat) return floatValue(secs);
  if (secs instanceof PyLong) return Number(secs.value);
  if (isPy2()) throw new TypeError("a float is required");
  throw new TypeError(`'${typeName(secs)}' object cannot be interpreted as an integer`);
}

export function sleep(secs: unknown): null {
  const seconds = secondsArgument(secs);
  if (seconds < 0 || Number.isNaN(seconds)) {
    if (isPy2()) throw new IOError(22, "Invalid argument");
    throw new ValueError("sleep length must be non-negative");
  }
  if (seconds > 0) sleepUntil(deadlineAfter(seconds));
  return null;
}

/** Wall-clock seconds since the epoch, with sub-millisecond precision. */
export function time(): number | PyFloat {
  clockReadSafePoint();
  return toFloat((performance.timeOrigin + performance.now()) / 1000);
}

function monotonicSeconds(): number {
  return Number(process.hrtime.bigint()) / 1e9;
}

export function perf_counter(): number | PyFloat {
  clockReadSafePoint();
  return toFloat(monotonicSeconds());
}

export function monotonic(): number | PyFloat {
  clockReadSafePoint();
  return toFloat(monotonicSeconds());
}

/** time.time_ns(), time.monotonic_ns(), time.perf_counter_ns(): exact ints (a bigint beyond 2**53). */
export function time_ns(): number | bigint {
  return normBig(BigInt(Math.round(performance.timeOrigin * 1e6)) + process.hrtime.bigint() - hrtimeAtOrigin);
}

export function monotonic_ns(): number | bigint {
  return normBig(process.hrtime.bigint());
}

export function perf_counter_ns(): number | bigint {
  return normBig(process.hrtime.bigint());
}

// hrtime at performance.timeOrigin, so time_ns() advances with the monotonic clock.
const hrtimeAtOrigin = process.hrtime.bigint() - BigInt(Math.round(performance.now() * 1e6));

/**
 * CPU time of this Python process: its thread's on Linux (/proc/thread-self/schedstat,
 * nanoseconds), where each Python process is one thread; elsewhere Node's figure
 * for the whole program, every process together.
 */
export function process_time(): number | PyFloat {
  clockReadSafePoint();
  return toFloat(cpuSeconds());
}

/** Python 2's time.clock(): on Linux, C's clock(), the process's CPU time. */
export function clock(): number | PyFloat {
  clockReadSafePoint();
  return toFloat(cpuSeconds());
}

function cpuSeconds(): number {
  try {
    const runNanoseconds = readFileSync("/proc/thread-self/schedstat", "latin1").split(" ")[0]!;
    return Number(runNanoseconds) / 1e9;
  } catch {
    const usage = process.cpuUsage();
    return (usage.user + usage.system) / 1e6;
  }
}

function nowOr(secs: unknown): number {
  return secs === undefined || secs === null ? Date.now() / 1000 : secondsArgument(secs);
}

export function localtime(secs?: unknown): struct_time {
  return localStruct(nowOr(secs));
}

export function gmtime(secs?: unknown): struct_time {
  return utcStruct(nowOr(secs));
}

export function asctime(t?: unknown): string {
  return formatTime("%a %b %e %H:%M:%S %Y", t === undefined || t === null ? localtime() : toStruct(t));
}

export function ctime(secs?: unknown): string {
  return asctime(localtime(secs));
}

export function strftime(format: string, t?: unknown): string {
  return formatTime(format, t === undefined || t === null ? localtime() : toStruct(t));
}

export function mktime(t: unknown): number | PyFloat {
  const s = toStruct(t);
  return toFloat(new Date(s.tm_year, s.tm_mon - 1, s.tm_mday, s.tm_hour, s.tm_min, s.tm_sec).getTime() / 1000);
}

// `print(time)` and type() see this namespace as the module (builtins/modules.ts).
import * as self from "./index.js";
import { registerModule } from "../builtins/modules.js";
registerModule(self, "time");
