# -*- coding:utf-8 -*-
# Connection 的各种错误: 方向不对、已关闭、对端关闭 (BrokenPipeError)、消息太长、send_bytes 的参数
from multiprocessing import Pipe


def attempt(label, f):
    try:
        print(label, '->', repr(f()))
    except Exception as e:
        print(label, '!!', type(e).__name__, e)


r, w = Pipe(duplex=False)
attempt('r.send', lambda: r.send(1))
attempt('w.recv', lambda: w.recv())
attempt('w.poll', lambda: w.poll())
attempt('w.send_bytes', lambda: w.send_bytes(b'hello world', 6))
attempt('r.recv_bytes', lambda: r.recv_bytes())
attempt('offset', lambda: w.send_bytes(b'abc', -1))
attempt('offset', lambda: w.send_bytes(b'abc', 4))
attempt('size', lambda: w.send_bytes(b'abc', 1, -1))
attempt('size', lambda: w.send_bytes(b'abc', 1, 3))
attempt('str', lambda: w.send_bytes('abc'))
attempt('send_bytes', lambda: w.send_bytes(b'0123456789'))
attempt('maxlength', lambda: r.recv_bytes(5))
attempt('state', lambda: (r.readable, r.writable, r.closed))
w.close()
attempt('closed send', lambda: w.send(1))
attempt('closed', lambda: w.closed)
a, b = Pipe()
b.close()
attempt('broken pipe', lambda: a.send('x'))
attempt('recv at EOF', lambda: a.recv())
attempt('poll at EOF', lambda: a.poll())
a.close()
attempt('close twice', lambda: a.close())
c, d = Pipe()
d.send_bytes(b'')
attempt('empty message', lambda: c.recv_bytes())
d.send({'a': [1, 2.0]})
attempt('negative maxlength', lambda: c.recv_bytes(-1))
attempt('recv', lambda: c.recv())
with c:
    print('inside with: closed =', c.closed)
print('after with: closed =', c.closed)
