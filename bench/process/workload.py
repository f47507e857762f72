# The CPython side of bench/process (3.11): each case prints one JSON line with
# its timings. Run as: python3 workload.py <case> <n>
import json, sys, time
from multiprocessing import Process, Lock, Value, Event

def noop():
    pass

def lock_loop(go, lock, n):
    go.wait()
    for i in range(n):
        lock.acquire()
        lock.release()

def value_loop(go, v, n):
    go.wait()
    for i in range(n):
        with v.get_lock():
            v.value += 1

def start_join(n):
    samples = []
    for i in range(n):
        p = Process(target=noop)
        t0 = time.perf_counter()
        p.start()
        p.join()
        samples.append(time.perf_counter() - t0)
    return {'samples_ms': [s * 1000 for s in samples]}

def uncontended(n):
    lock = Lock()
    t0 = time.perf_counter()
    for i in range(n):
        lock.acquire()
        lock.release()
    return {'ns_per_op': (time.perf_counter() - t0) / n * 1e9}

def two_processes(target, shared, n):
    # Both children start, then wait for `go`: only the loops are timed.
    go = Event()
    ps = [Process(target=target, args=(go, shared, n)) for i in range(2)]
    for p in ps:
        p.start()
    time.sleep(0.2)
    t0 = time.perf_counter()
    go.set()
    for p in ps:
        p.join()
    return time.perf_counter() - t0

def contended(n):
    return {'ns_per_op': two_processes(lock_loop, Lock(), n) / (2 * n) * 1e9}

def value_increment(n):
    v = Value('i', 0)
    elapsed = two_processes(value_loop, v, n)
    return {'ns_per_op': elapsed / (2 * n) * 1e9, 'final': v.value}

if __name__ == '__main__':
    case, n = sys.argv[1], int(sys.argv[2])
    result = {'start_join': start_join, 'uncontended': uncontended, 'contended': contended, 'value': value_increment}[case](n)
    print(json.dumps(result))
