// sync_errors.py (beside this file): CPython's messages for misuse of the
// synchronization primitives, and their reprs.
import { Barrier, BoundedSemaphore, Condition, Event, Lock, PyTuple, RLock, Semaphore, runModule } from "py2ts-mp/runtime";
import { IndexError } from "../../../src/runtime/builtins/exceptions.js";
import { attempt, print, repr } from "./support.js";

const T = (...items: unknown[]) => PyTuple.of(...items);

function moduleBody(): void {
  const l = new Lock();
  attempt("lock repr", () => repr(l));
  attempt("lock release unlocked", () => l.release());
  attempt("lock acquire", () => l.acquire());
  attempt("lock repr held", () => repr(l));
  attempt("lock acquire nonblocking", () => l.acquire(false));
  attempt("lock acquire timeout", () => l.acquire(true, 0.05));
  attempt("lock acquire timeout kw", () => l.acquire(undefined, 0.01));
  attempt("lock acquire negative timeout", () => l.acquire(true, -1));
  attempt("lock release", () => l.release());
  attempt("lock enter", () => l.__enter__());
  attempt("lock exit", () => l.__exit__(null, null, null));
  attempt("lock exit again", () => l.__exit__(null, null, null));
  const r = new RLock();
  attempt("rlock repr", () => repr(r));
  attempt("rlock release unowned", () => r.release());
  attempt("rlock acquire twice", () => T(r.acquire(), r.acquire()));
  attempt("rlock repr held", () => repr(r));
  attempt("rlock release twice", () => T(r.release(), r.release()));
  attempt("rlock release again", () => r.release());
  const s = new Semaphore({ value: 2 });
  attempt("sem repr", () => repr(s));
  attempt("sem get_value", () => s.get_value());
  attempt("sem release beyond", () => T(s.release(), s.get_value()));
  attempt("sem acquire 3", () => T(s.acquire(), s.acquire(), s.acquire(), s.acquire(false)));
  attempt("sem negative", () => new Semaphore({ value: -1 }));
  const b = new BoundedSemaphore({ value: 2 });
  attempt("bsem repr", () => repr(b));
  attempt("bsem over-release", () => b.release());
  attempt("bsem acquire", () => T(b.acquire(), b.get_value(), repr(b)));
  const c = new Condition();
  attempt("cond repr", () => repr(c));
  attempt("cond wait unacquired", () => c.wait());
  attempt("cond notify unacquired", () => c.notify());
  attempt("cond notify_all unacquired", () => c.notify_all());
  attempt("cond wait timeout", () => T(c.acquire(), c.wait(0.05), c.release()));
  attempt("cond wait_for timeout", () => T(c.acquire(), c.wait_for(() => 0, 0.05), c.release()));
  attempt("cond wait_for true", () => T(c.acquire(), c.wait_for(() => "yes"), c.release()));
  attempt("cond notify nobody", () => T(c.acquire(), c.notify(), c.notify_all(), c.release()));
  attempt("cond with lock", () => repr(new Condition({ lock: new Lock() })));
  attempt("cond enter", () => c.__enter__());
  attempt("cond repr held", () => repr(c));
  attempt("cond exit", () => c.__exit__(null, null, null));
  const e = new Event();
  attempt("event is_set", () => e.is_set());
  attempt("event wait timeout", () => e.wait(0.01));
  attempt("event set", () => T(e.set(), e.wait(), e.wait(0), e.is_set()));
  attempt("event clear", () => T(e.clear(), e.is_set(), e.wait(0)));
  const bar = new Barrier({ parties: 2, timeout: 0.05 });
  attempt("barrier props", () => T(bar.parties, bar.n_waiting, bar.broken));
  attempt("barrier wait timeout", () => bar.wait());
  attempt("barrier props broken", () => T(bar.parties, bar.n_waiting, bar.broken));
  attempt("barrier wait broken", () => bar.wait());
  attempt("barrier reset", () => T(bar.reset(), bar.broken));
  attempt("barrier abort", () => T(bar.abort(), bar.broken));
  attempt("barrier of 1", () => new Barrier({ parties: 1 }).wait());
  attempt("barrier action", () => new Barrier({ parties: 1, action: () => print("action ran") }).wait());
  attempt("barrier action raises", () =>
    new Barrier({ parties: 1, action: () => { throw new IndexError("list index out of range"); } }).wait());
}

runModule(import.meta.url, moduleBody, { dialect: "py3", processes: true });
