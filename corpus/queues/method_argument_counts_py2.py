# Python 2: a call with an argument too few or too many for a queue, pipe or lock
# method raises TypeError with Python 2's messages (a Connection and a lock's
# acquire/release are C code there), and nothing is put or sent.
import multiprocessing


def attempt(label, action):
    try:
        result = action()
        print label, "->", result
    except TypeError, e:
        print label, "-> TypeError:", e


def misuse_queue(q):
    attempt("q.put()", lambda: q.put())
    attempt("q.put(1, True, 1, 2)", lambda: q.put(1, True, 1, 2))
    attempt("q.get(True, 1, 2)", lambda: q.get(True, 1, 2))


def misuse_pipe(conn):
    attempt("conn.send()", lambda: conn.send())
    attempt("conn.send(1, 2)", lambda: conn.send(1, 2))
    attempt("conn.recv(1)", lambda: conn.recv(1))
    attempt("conn.poll(1, 2)", lambda: conn.poll(1, 2))


def misuse_lock(lock):
    attempt("lock.acquire(True, 1, 2)", lambda: lock.acquire(True, 1, 2))
    attempt("lock.release(1)", lambda: lock.release(1))


if __name__ == "__main__":
    q = multiprocessing.Queue()
    misuse_queue(q)
    q.put("only this")
    print "queue holds:", q.get(timeout=5), "then empty:", q.empty()
    here, there = multiprocessing.Pipe()
    misuse_pipe(here)
    here.send("hello")
    print "pipe carried:", there.recv(), "then poll:", there.poll()
    misuse_lock(multiprocessing.Lock())
    p = multiprocessing.Process(target=misuse_queue, args=(q,))
    p.start()
    p.join()
    attempt("p.join(1, 2)", lambda: p.join(1, 2))
