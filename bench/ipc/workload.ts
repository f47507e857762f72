// workload.py, converted from Python 3 by py2ts-mp.

import * as sys from "py2ts-mp/runtime/sys";
import * as time from "py2ts-mp/runtime/time";
import { Process, Queue, Pipe } from "py2ts-mp/runtime/multiprocessing";
import {
  __name__,
  AssertionError,
  bytes,
  callMethod,
  defineFunction,
  eq,
  float,
  floordiv,
  getitem,
  iadd,
  int,
  iter,
  len,
  lt,
  mod,
  mul,
  print,
  PyList,
  PyTuple,
  range,
  runModule,
  sub,
  truediv,
  unpack,
} from "py2ts-mp/runtime";

export function produce(q: any, n: any) {
  for (const i of range(n)) {
    q.put(PyTuple.of(i, "x", 1.5));
  }
  q.put(null);
}
defineFunction(produce, "produce(q, n)");

export function echo(conn: any) {
  while (true) {
    const msg = conn.recv();
    if (msg == null) {
      break;
    }
    callMethod(conn, "send", msg);
  }
}
defineFunction(echo, "echo(conn)");

export function bounce(inbox: any, outbox: any) {
  outbox.put(len(inbox.get()));
}
defineFunction(bounce, "bounce(inbox, outbox)");

export function queue_throughput(producers: any, n: any) {
  const q = new Queue();
  const procs = ((iterable: Iterable<any>) => {
    const result = new PyList();
    for (const k of iterable)
      result.push(new Process({ target: produce, args: PyTuple.of(q, floordiv(n, producers)) }));
    return result;
  })(iter(range(producers)));
  const start = time.perf_counter();
  for (const p of procs) {
    p.start();
  }
  let received: int = 0;
  let ended: int = 0;
  while (lt(ended, producers)) {
    if (q.get() == null) {
      ended = iadd(ended, 1);
    } else {
      received = iadd(received, 1);
    }
  }
  const elapsed = sub(time.perf_counter(), start);
  for (const p of procs) {
    callMethod(p, "join");
  }
  if (!eq(received, mul(floordiv(n, producers), producers))) {
    throw new AssertionError();
  }
  return truediv(received, elapsed);
}

export function pipe_latency(n: any) {
  const [here, there] = unpack(Pipe(), 2);
  const p = new Process({ target: echo, args: PyTuple.of(there) });
  p.start();
  callMethod(here, "send", 0);
  here.recv();
  const start = time.perf_counter();
  for (const i of range(n)) {
    callMethod(here, "send", i);
    here.recv();
  }
  const elapsed = sub(time.perf_counter(), start);
  callMethod(here, "send", null);
  callMethod(p, "join");
  return mul(truediv(elapsed, n), float(1000000));
}

export function big_object(megabytes: any) {
  const data = mul(bytes("x", "latin-1"), mul(mul(megabytes, 1024), 1024));
  const inbox = new Queue();
  const outbox = new Queue();
  const p = new Process({ target: bounce, args: PyTuple.of(inbox, outbox) });
  p.start();
  const outbox_ready = time.perf_counter();
  inbox.put(data);
  const size = outbox.get();
  const elapsed = sub(time.perf_counter(), outbox_ready);
  callMethod(p, "join");
  if (!eq(size, len(data))) {
    throw new AssertionError();
  }
  return mul(elapsed, 1000);
}
// The module's top-level statements: they run once, in the main process.
function moduleBody(): void {
  // The workload of bench/ipc, run as it is by CPython 3.11 and by py2ts-mp (converted
  // like any script): python3 workload.py <case> <n>. Prints one line: the case's
  // number (messages per second, or microseconds per round trip, or milliseconds).

  if (__name__ === "__main__") {
    const case_ = getitem(sys.argv, 1);
    const n = int(getitem(sys.argv, 2));
    if (eq(case_, "queue_1to1")) {
      print(mod("%.0f", queue_throughput(1, n)));
    } else if (eq(case_, "queue_2to1")) {
      print(mod("%.0f", queue_throughput(2, n)));
    } else if (eq(case_, "pipe_pingpong")) {
      print(mod("%.2f", pipe_latency(n)));
    } else if (eq(case_, "big_object")) {
      print(mod("%.1f", big_object(n)));
    }
  }
}
runModule(import.meta.url, moduleBody, {
  dialect: "py3",
  processes: 3,
});
