# -*- coding:utf-8 -*-
# Python 2: poll() 的 timeout 参数, 有数据时也检查
from multiprocessing import Process, Pipe


def reply(conn):
    conn.send(u'来自子进程')
    conn.close()


if __name__ == '__main__':
    parent, child = Pipe()
    p = Process(target=reply, args=(child,))
    p.start()
    print 'poll(5):', parent.poll(5)
    for timeout in ('1', [], None, 0, 0.5):
        try:
            print 'poll(%r):' % (timeout,), parent.poll(timeout)
        except TypeError, e:
            print 'poll(%r):' % (timeout,), 'TypeError', e
    print repr(parent.recv())
    p.join()
    print 'poll(0.1) at EOF:', parent.poll(0.1)
    child.close()
    print 'poll(0.1) after closing the child end:', parent.poll(0.1)
