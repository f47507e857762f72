// Safe-point hooks (no Python twin: the Pool work registers its result and
// callback processing this way). A fake hook counts its calls: it runs while the
// main process is blocked in time.sleep, in a contended lock.acquire and in
// join(), never re-entrantly, and not at all once removed.
import { Lock, Process, PyTuple, runModule, time } from "py2ts-mp/runtime";
import { addSafePointHook } from "../../../src/runtime/internal/wait.js";
import { print } from "./support.js";

export function holdLock(lock: any, seconds: any): void {
  lock.acquire();
  time.sleep(seconds);
  lock.release();
}

function moduleBody(): void {
  let calls = 0;
  let depth = 0;
  let maxDepth = 0;
  const remove = addSafePointHook(() => {
    calls++;
    depth++;
    maxDepth = Math.max(maxDepth, depth);
    // A hook that blocks must not run the hooks again.
    time.sleep(0.0005);
    depth--;
  });

  let before = calls;
  time.sleep(0.2);
  print("sleep ran the hook", calls - before >= 5);

  const lock = new Lock();
  const p = new Process({ target: holdLock, args: PyTuple.of<any>(lock, 0.3) });
  p.start();
  time.sleep(0.05);
  before = calls;
  print("acquired", lock.acquire(true, 5), "while the hook ran", calls - before >= 5);
  lock.release();
  before = calls;
  const q = new Process({ target: holdLock, args: PyTuple.of<any>(lock, 0.2) });
  q.start();
  q.join();
  p.join();
  print("join ran the hook", calls - before >= 5, "never nested", maxDepth === 1);

  remove();
  before = calls;
  time.sleep(0.05);
  print("removed hook not called", calls === before);
}

runModule(import.meta.url, moduleBody, { dialect: "py3", processes: true });
