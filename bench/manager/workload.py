# The CPython side of bench/manager (3.11): each case prints one JSON line with
# its timing. Run as: python3 workload.py <case> <n>
#   dict_child    a child sets and gets manager dict items (d[k] = v; d[k])
#   dict_main     the same from the process that made the manager
#   list_append   4 children append n items each to one manager list
#   queue_child   a child puts and gets manager Queue items
import json, sys, time
from multiprocessing import Manager, Process, Event

def dict_loop(go, d, n, out):
    go.wait()
    t0 = time.perf_counter()
    for i in range(n):
        d[i % 100] = i
        d[i % 100]
    out['dict'] = time.perf_counter() - t0

def append_loop(go, l, n):
    go.wait()
    for i in range(n):
        l.append(i)

def queue_loop(go, q, n, out):
    go.wait()
    t0 = time.perf_counter()
    for i in range(n):
        q.put(i)
        q.get()
    out['queue'] = time.perf_counter() - t0

def in_child(manager, target, shared, n):
    go = manager.Event()
    out = manager.dict()
    p = Process(target=target, args=(go, shared, n, out))
    p.start()
    time.sleep(0.2)
    go.set()
    p.join()
    return out.copy()

def main():
    kind, n = sys.argv[1], int(sys.argv[2])
    with Manager() as manager:
        if kind == 'dict_child':
            seconds = in_child(manager, dict_loop, manager.dict(), n)['dict']
            result = {'ops_per_s': 2 * n / seconds}
        elif kind == 'dict_main':
            d = manager.dict()
            t0 = time.perf_counter()
            for i in range(n):
                d[i % 100] = i
                d[i % 100]
            result = {'ops_per_s': 2 * n / (time.perf_counter() - t0)}
        elif kind == 'queue_child':
            seconds = in_child(manager, queue_loop, manager.Queue(), n)['queue']
            result = {'ops_per_s': 2 * n / seconds}
        else:
            go = Event()
            l = manager.list()
            ps = [Process(target=append_loop, args=(go, l, n)) for i in range(4)]
            for p in ps:
                p.start()
            time.sleep(0.2)
            t0 = time.perf_counter()
            go.set()
            for p in ps:
                p.join()
            result = {'ops_per_s': 4 * n / (time.perf_counter() - t0), 'length': len(l)}
    print(json.dumps(result))

if __name__ == '__main__':
    main()
