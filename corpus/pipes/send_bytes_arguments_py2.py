# -*- coding:utf-8 -*-
# Python 2 版本：参数由 C 代码按整数解析（None 和浮点数都不行）。
# send_bytes(buf, offset, size) 的参数检查：负数、越界、浮点数和 None 各自的错误，
# 出错时什么也没发送；子进程收到的只有成功发送的片段。
from multiprocessing import Process, Pipe


def reader(conn):
    received = []
    while True:
        data = conn.recv_bytes()
        if data == b'END':
            break
        received.append(data)
    print '子进程收到', received


def attempt(label, call):
    try:
        call()
        print label, '发送成功'
    except (TypeError, ValueError), e:  # UnicodeEncodeError 也是 ValueError
        print label, type(e).__name__, e


if __name__ == '__main__':
    parent, child = Pipe()
    p = Process(target=reader, args=(child,))
    p.start()
    msg = b'hello world'
    attempt('offset=6', lambda: parent.send_bytes(msg, 6))
    attempt('offset=0, size=5', lambda: parent.send_bytes(msg, 0, 5))
    attempt('offset=-1', lambda: parent.send_bytes(msg, -1))
    attempt('offset=12', lambda: parent.send_bytes(msg, 12))
    attempt('size=-2', lambda: parent.send_bytes(msg, 0, -2))
    attempt('offset=6, size=6', lambda: parent.send_bytes(msg, 6, 6))
    attempt('offset=1.0', lambda: parent.send_bytes(msg, 1.0))
    attempt('size=2.0', lambda: parent.send_bytes(msg, 0, 2.0))
    attempt('offset=20.5', lambda: parent.send_bytes(msg, 20.5))
    attempt('offset=0.5', lambda: parent.send_bytes(msg, 0.5))
    attempt('offset=None', lambda: parent.send_bytes(msg, None))
    attempt('size=None', lambda: parent.send_bytes(msg, 3, None))
    attempt('size="2"', lambda: parent.send_bytes(msg, 0, '2'))
    attempt('unicode', lambda: parent.send_bytes(u'text'))
    attempt('中文 unicode', lambda: parent.send_bytes(u'中文'))
    attempt('中文 str', lambda: parent.send_bytes('中文', 3))
    attempt('list', lambda: parent.send_bytes([1, 2]))
    parent.send_bytes(b'END')
    p.join()
    print 'exitcode', p.exitcode
