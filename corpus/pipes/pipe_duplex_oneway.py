# -*- coding:utf-8 -*-
# Python 3: 双向和单向管道, 以及 join(2) 的超时
# py2ts: timing="秒"
from multiprocessing import Process, Pipe
import time


def proc1(pipe):
    pipe.send('Hello, this is proc1')
    print('proc1 got back:', pipe.recv())


def proc2(pipe):
    msg = pipe.recv()
    print('proc2 recieve:', msg)
    pipe.send(msg.upper())


def listener(conn):
    while True:
        print('listener:', conn.recv())


if __name__ == '__main__':
    a, b = Pipe()
    p1 = Process(target=proc1, args=(a,))
    p2 = Process(target=proc2, args=(b,))
    p1.start()
    p2.start()
    p1.join()
    p2.join()
    print('duplex done', p1.exitcode, p2.exitcode)

    r, w = Pipe(duplex=False)
    print('readable/writable:', r.readable, r.writable, w.readable, w.writable)
    p3 = Process(target=listener, args=(r,))
    p3.start()
    w.send([42, None, 'hello'])
    start = time.time()
    p3.join(2)
    print('listener alive: %s after %.1f 秒' % (p3.is_alive(), time.time() - start))
    p3.terminate()
    p3.join()
    print('listener exit code', p3.exitcode)
    for conn, call in [(r, 'send'), (w, 'recv')]:
        try:
            getattr(conn, call)('x') if call == 'send' else conn.recv()
        except OSError as e:
            print(call, '->', e)
