# -*- coding:utf-8 -*-
# poll(timeout) 和 multiprocessing.connection.wait(): 等管道有数据或子进程结束
# py2ts: timing="seconds"
from multiprocessing import Process, Pipe
from multiprocessing.connection import wait
import time


def delayed_send(conn, delay, msg):
    time.sleep(delay)
    conn.send(msg)
    conn.close()


if __name__ == '__main__':
    r, w = Pipe(duplex=False)
    print('poll() on an empty pipe:', r.poll())
    start = time.time()
    print('poll(0.3):', r.poll(0.3), 'after %.1f seconds' % (time.time() - start))
    p = Process(target=delayed_send, args=(w, 0.5, 'late'))
    p.start()
    start = time.time()
    print('poll(None):', r.poll(None), 'after %.1f seconds' % (time.time() - start))
    print(r.recv())
    p.join()

    readers = []
    procs = []
    for i, delay in enumerate([0.6, 0.2]):
        r, w = Pipe(duplex=False)
        p = Process(target=delayed_send, args=(w, delay, 'from %d' % i))
        p.start()
        w.close()
        readers.append(r)
        procs.append(p)
    start = time.time()
    while readers:
        for conn in wait(readers):
            try:
                msg = conn.recv()
            except EOFError:
                readers.remove(conn)
            else:
                print(msg, 'after %.1f seconds' % (time.time() - start))
    sentinels = [p.sentinel for p in procs]
    for p in procs:
        p.join()
    print('ended processes ready:', len(wait(sentinels, 1)))
    r, w = Pipe()
    print('wait timeout:', wait([r], 0.2))
