# The workload of bench/ipc, run as it is by CPython 3.11 and by py2ts-mp (converted
# like any script): python3 workload.py <case> <n>. Prints one line: the case's
# number (messages per second, or microseconds per round trip, or milliseconds).
import sys
import time
from multiprocessing import Process, Queue, Pipe


def produce(q, n):
    for i in range(n):
        q.put((i, 'x', 1.5))
    q.put(None)


def echo(conn):
    while True:
        msg = conn.recv()
        if msg is None:
            break
        conn.send(msg)


def bounce(inbox, outbox):
    outbox.put(len(inbox.get()))


def queue_throughput(producers, n):
    q = Queue()
    procs = [Process(target=produce, args=(q, n // producers)) for k in range(producers)]
    start = time.perf_counter()
    for p in procs:
        p.start()
    received = 0
    ended = 0
    while ended < producers:
        if q.get() is None:
            ended += 1
        else:
            received += 1
    elapsed = time.perf_counter() - start
    for p in procs:
        p.join()
    assert received == n // producers * producers
    return received / elapsed


def pipe_latency(n):
    here, there = Pipe()
    p = Process(target=echo, args=(there,))
    p.start()
    here.send(0)
    here.recv()
    start = time.perf_counter()
    for i in range(n):
        here.send(i)
        here.recv()
    elapsed = time.perf_counter() - start
    here.send(None)
    p.join()
    return elapsed / n * 1e6


def big_object(megabytes):
    data = b'x' * (megabytes * 1024 * 1024)
    inbox = Queue()
    outbox = Queue()
    p = Process(target=bounce, args=(inbox, outbox))
    p.start()
    outbox_ready = time.perf_counter()
    inbox.put(data)
    size = outbox.get()
    elapsed = time.perf_counter() - outbox_ready
    p.join()
    assert size == len(data)
    return elapsed * 1000


if __name__ == '__main__':
    case = sys.argv[1]
    n = int(sys.argv[2])
    if case == 'queue_1to1':
        print('%.0f' % queue_throughput(1, n))
    elif case == 'queue_2to1':
        print('%.0f' % queue_throughput(2, n))
    elif case == 'pipe_pingpong':
        print('%.2f' % pipe_latency(n))
    elif case == 'big_object':
        print('%.1f' % big_object(n))
