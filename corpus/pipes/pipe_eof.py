# -*- coding:utf-8 -*-
# 写端全部关闭 (包括子进程结束) 并且数据读完之后, recv() 抛出 EOFError
from multiprocessing import Process, Pipe


def writer(conn, n):
    for i in range(n):
        conn.send((i, i * 1.5, 'msg%d' % i))
    conn.close()


def echo(conn, other):
    other.close()  # 子进程继承了主进程的这一端, 要关掉, 否则永远等不到 EOF
    while True:
        try:
            msg = conn.recv()
        except EOFError:
            print('echo: EOF')
            break
        conn.send(('echo', msg))


if __name__ == '__main__':
    r, w = Pipe(duplex=False)
    p = Process(target=writer, args=(w, 5))
    p.start()
    w.close()  # 主进程不写, 关掉自己的写端
    while True:
        try:
            print('got', r.recv())
        except EOFError:
            print('EOF after the writer ended')
            break
    p.join()

    r2, w2 = Pipe(duplex=False)
    p2 = Process(target=writer, args=(w2, 2))
    p2.start()
    p2.join()
    print(r2.recv(), r2.recv())
    print('poll while our write end is open:', r2.poll(0.2))
    w2.close()
    print('poll after closing it:', r2.poll())
    try:
        r2.recv()
    except EOFError:
        print('EOFError')

    a, b = Pipe()
    p3 = Process(target=echo, args=(b, a))
    p3.start()
    b.close()
    for x in [1, 2.0, [3], {'k': (4,)}]:
        a.send(x)
        print(a.recv())
    a.close()
    p3.join()
    print('exit codes', p.exitcode, p2.exitcode, p3.exitcode)
