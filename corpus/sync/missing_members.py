# Each multiprocessing object has its own methods: a call of another object's
# method (SimpleQueue has no get_nowait, a Lock no put) raises AttributeError,
# which the script catches, and hasattr() agrees. Event and Barrier print the
# reprs Python 3.11 gives them.
import multiprocessing as mp


def hide_address(text):
    out = ""
    i = 0
    while i < len(text):
        if text[i:i + 2] == "0x":
            out += "0x..."
            i += 2
            while i < len(text) and text[i] in "0123456789abcdef":
                i += 1
        else:
            out += text[i]
            i += 1
    return out


def try_call(label, action):
    try:
        action()
        print(label, "worked")
    except AttributeError as e:
        print(label, "-> AttributeError:", e)


def waiter(barrier, done):
    barrier.wait()
    done.set()


if __name__ == "__main__":
    simple = mp.SimpleQueue()
    simple.put("first")
    print("simple.get():", simple.get())
    try_call("simple.get_nowait()", lambda: simple.get_nowait())
    try_call("simple.qsize()", lambda: simple.qsize())

    q = mp.Queue()
    try_call("q.task_done()", lambda: q.task_done())
    jq = mp.JoinableQueue()
    jq.put(1)
    jq.get()
    try_call("jq.task_done()", lambda: jq.task_done())

    lock = mp.Lock()
    try_call("lock.put(1)", lambda: lock.put(1))
    try_call("lock.wait()", lambda: lock.wait())
    event = mp.Event()
    try_call("event.acquire()", lambda: event.acquire())
    try_call("event.value", lambda: print(event.value))
    counter = mp.Value("i", 0)
    try_call("counter.set(3)", lambda: counter.set(3))
    raw = mp.RawValue("i", 7)
    try_call("raw.get_lock()", lambda: raw.get_lock())

    for name in ["get", "get_nowait", "put", "qsize", "close", "empty"]:
        print("hasattr(simple, %r):" % name, hasattr(simple, name))
    print("getattr(lock, 'put', None):", getattr(lock, "put", None))

    try:
        mp.Value("i", 1, lock=mp.Event())
    except AttributeError as e:
        print("Value(lock=Event()) -> AttributeError:", hide_address(str(e)))

    print(hide_address(repr(event)))
    event.set()
    print(hide_address(repr(event)))
    barrier = mp.Barrier(2)
    print(hide_address(repr(barrier)))
    done = mp.Event()
    p = mp.Process(target=waiter, args=(barrier, done))
    p.start()
    barrier.wait()
    done.wait(5)
    p.join()
    print(hide_address(repr(barrier)))
    barrier.abort()
    print(hide_address(repr(barrier)))
