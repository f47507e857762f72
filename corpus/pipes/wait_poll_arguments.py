# -*- coding:utf-8 -*-
# connection.wait() 和 poll() 用错参数时的异常
from multiprocessing import Process, Pipe, Queue
from multiprocessing.connection import wait


def reply(conn):
    conn.send('来自子进程')
    conn.close()


def show(label, func):
    try:
        print(label, '->', func())
    except Exception as e:
        print(label, '!!', type(e).__name__, e)


if __name__ == '__main__':
    parent, child = Pipe()
    p = Process(target=reply, args=(child,))
    p.start()
    print('poll(5):', parent.poll(5))
    # 有数据时 timeout 也要检查
    show('poll("1")', lambda: parent.poll('1'))
    show('poll([])', lambda: parent.poll([]))
    show('wait(timeout="1")', lambda: wait([parent], '1'))
    show('wait(None)', lambda: wait(None))
    show('wait(3)', lambda: wait(3, 0))
    show('wait([None])', lambda: wait([parent, None], 0))
    show('wait(["pipe"])', lambda: wait(['pipe'], 0))
    show('wait([2.5])', lambda: wait([2.5], 0))
    show('wait([-1])', lambda: wait([-1], 0))
    queue = Queue()
    show('wait([queue])', lambda: wait([queue], 0)[0] is queue)
    ready = wait((c for c in [parent]), 5)
    print('ready:', ready == [parent], parent.recv())
    p.join()
    print('sentinel ready:', wait([p.sentinel], 5) == [p.sentinel])
