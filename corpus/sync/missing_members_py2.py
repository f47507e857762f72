# Python 2: a call of a method another multiprocessing object has (a Lock has no
# put, a Queue no task_done) raises AttributeError, which the script catches,
# and hasattr() agrees. An Event prints object's default repr.
import multiprocessing
from multiprocessing.queues import SimpleQueue


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
        print label, "worked"
    except AttributeError, e:
        print label, "-> AttributeError:", e


if __name__ == "__main__":
    simple = SimpleQueue()
    simple.put("first")
    print "simple.get():", simple.get()
    try_call("simple.get_nowait()", lambda: simple.get_nowait())
    q = multiprocessing.Queue()
    try_call("q.task_done()", lambda: q.task_done())
    jq = multiprocessing.JoinableQueue()
    jq.put(1)
    jq.get()
    try_call("jq.task_done()", lambda: jq.task_done())
    lock = multiprocessing.Lock()
    try_call("lock.put(1)", lambda: lock.put(1))
    event = multiprocessing.Event()
    try_call("event.acquire()", lambda: event.acquire())
    counter = multiprocessing.Value("i", 0)
    try_call("counter.set(3)", lambda: counter.set(3))
    for name in ["get", "get_nowait", "put", "empty"]:
        print "hasattr(simple, %r):" % name, hasattr(simple, name)
    print "getattr(lock, 'put', None):", getattr(lock, "put", None)
    print hide_address(repr(event))
