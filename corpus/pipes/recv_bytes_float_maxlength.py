# -*- coding:utf-8 -*-
# recv_bytes(maxlength) 的 maxlength 可以是浮点数
from multiprocessing import Process, Pipe


def sender(conn):
    conn.send_bytes('你好'.encode('utf-8'))
    conn.send_bytes(b'0123456789')
    conn.close()


if __name__ == '__main__':
    r, w = Pipe(duplex=False)
    p = Process(target=sender, args=(w,))
    p.start()
    w.close()
    print(r.recv_bytes(100.0).decode('utf-8'))
    try:
        r.recv_bytes('20')
    except TypeError as e:
        print('TypeError', e)
    print(r.recv_bytes(10.5))
    p.join()
    try:
        r.recv_bytes(-0.5)
    except ValueError as e:
        print('ValueError', e)
