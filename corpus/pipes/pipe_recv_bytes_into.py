# -*- coding:utf-8 -*-
# 用 send_bytes / recv_bytes_into 传原始字节: 子进程分块发送, 主进程收进一个预先分配好的 bytearray
from multiprocessing import Process, Pipe, BufferTooShort
import os


def producer(conn, chunks):
    for chunk in chunks:
        conn.send_bytes(chunk)
    # 子进程里改这个 bytearray 不会影响主进程的那份 (各自的内存)
    chunks[0][0] = ord('X')
    conn.send_bytes(chunks[0], 0, 3)
    conn.send(chunks[0])
    conn.close()


if __name__ == '__main__':
    parent_conn, child_conn = Pipe()
    chunks = [bytearray(b'hello '), bytearray('世界'.encode('utf-8')), bytearray(b'!')]
    p = Process(target=producer, args=(child_conn, chunks))
    p.start()

    buf = bytearray(32)
    offset = 0
    for i in range(3):
        n = parent_conn.recv_bytes_into(buf, offset)
        print('收到 %d 个字节, 放在 %d 处' % (n, offset))
        offset += n
    print(buf[:offset].decode('utf-8'), len(buf))

    small = bytearray(2)
    try:
        parent_conn.recv_bytes_into(small)
    except BufferTooShort as e:
        print('buffer too short:', e.args[0], small)
    received = parent_conn.recv()
    print('recv():', received, type(received).__name__, 'parent still has', chunks[0])
    p.join()
    print('exitcode', p.exitcode)

    # 直接在主进程里: bytearray 做 recv_bytes_into 的目标, bytes 不行
    a, b = Pipe()
    b.send_bytes(bytearray(b'abc'))
    try:
        a.recv_bytes_into(b'xxx')  # 先读走了消息, 才发现 bytes 不能写
    except TypeError as e:
        print('TypeError:', e)
    target = bytearray(b'......')
    b.send_bytes(b'abc')
    print(a.recv_bytes_into(target, 3), target)
    for bad in (-1, 7):
        b.send_bytes(b'z')
        try:
            a.recv_bytes_into(target, bad)
        except ValueError as e:
            print('ValueError:', e)
    a.close()
    b.close()
