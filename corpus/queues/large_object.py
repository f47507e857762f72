# -*- coding:utf-8 -*-
# 10 MB 以上的对象通过 Queue 和 Pipe 传递
from multiprocessing import Process, Queue, Pipe


def make_big(n):
    return {'text': 'x' * n, 'data': bytes(range(256)) * (n // 256), 'numbers': list(range(n // 10))}


def send_big(q, conn, n):
    big = make_big(n)
    q.put(big)
    conn.send(big)
    conn.close()


def summary(big):
    return (len(big['text']), len(big['data']), len(big['numbers']), sum(big['numbers']), big['data'][-1])


if __name__ == '__main__':
    n = 12 * 1024 * 1024
    q = Queue()
    a, b = Pipe()
    p = Process(target=send_big, args=(q, b, n))
    p.start()
    from_queue = q.get()
    from_pipe = a.recv()
    p.join()
    print('queue:', summary(from_queue))
    print('pipe: ', summary(from_pipe))
    print('equal:', from_queue == from_pipe == make_big(n))
