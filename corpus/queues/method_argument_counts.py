# A call with an argument too few or too many for a queue, pipe, lock, event or
# process method raises TypeError, as a call of any Python function does, and the
# script goes on: nothing is put or sent when the call is wrong. The objects are
# passed to functions, so their type is known only when the script runs.
import multiprocessing as mp


def attempt(label, action):
    try:
        result = action()
        print(label, "->", result)
    except TypeError as e:
        print(label, "-> TypeError:", e)


def misuse_queue(q):
    attempt("q.put()", lambda: q.put())
    attempt("q.put(1, True, 1, 2)", lambda: q.put(1, True, 1, 2))
    attempt("q.get(True, 1, 2)", lambda: q.get(True, 1, 2))
    attempt("q.put_nowait()", lambda: q.put_nowait())
    attempt("q.qsize()", lambda: q.qsize())


def misuse_pipe(conn):
    attempt("conn.send()", lambda: conn.send())
    attempt("conn.send(1, 2)", lambda: conn.send(1, 2))
    attempt("conn.poll(1, 2)", lambda: conn.poll(1, 2))


def misuse_sync(lock, event):
    attempt("lock.acquire(True, 1, 2)", lambda: lock.acquire(True, 1, 2))
    attempt("lock.acquire(False)", lambda: lock.acquire(False))
    attempt("lock.release(1)", lambda: lock.release(1))
    lock.release()
    attempt("event.wait(1, 2)", lambda: event.wait(1, 2))


def child(conn):
    try:
        conn.send()
    except TypeError as e:
        conn.send("child caught: %s" % e)
    conn.close()


if __name__ == "__main__":
    q = mp.Queue()
    misuse_queue(q)
    q.put("only this")
    print("queue holds:", q.get(timeout=5), "then empty:", q.empty())

    here, there = mp.Pipe()
    misuse_pipe(here)
    here.send("hello")
    print("pipe carried:", there.recv(), "then poll:", there.poll())

    misuse_sync(mp.Lock(), mp.Event())
    simple = mp.SimpleQueue()
    attempt("simple.put()", lambda: simple.put())
    attempt("simple.get(1, 2, 3)", lambda: simple.get(1, 2, 3))

    p = mp.Process(target=child, args=(there,))
    p.start()
    print(here.recv())
    p.join()
    attempt("p.join(1, 2)", lambda: p.join(1, 2))
    attempt("p.is_alive(1)", lambda: p.is_alive(1))
