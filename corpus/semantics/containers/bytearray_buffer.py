# -*- coding:utf-8 -*-
# bytearray 当作可变的字节缓冲区: 下标和切片赋值, 追加, 删除, 与 bytes 比较和拼接
from multiprocessing import Queue, Value
import random

buf = bytearray(b'GET /index.html')
print(buf, len(buf), buf[0], buf[-4:])
buf[0:3] = b'PUT'
buf[5] = ord('I')
buf += b' HTTP/1.0'
buf.extend(b'\r\n')
buf.append(0x0a)
print(repr(buf))
del buf[-3:]
print(buf.decode('ascii'), buf.startswith(b'PUT'), b'HTTP' in buf, 0x2f in buf)
print(buf.split(b' '), buf.upper().find(b'INDEX'))

header = bytearray()
for word in (b'Host:', b' ', 'example.com'.encode()):
    header += word
print(header, header == b'Host: example.com', b'Host: example.com' == header, header != buf)
print(bytes(header) + b'!', bytearray(b'>') + header, header * 2)

counts = [0] * 4
for byte in bytearray(range(10)) * 3:
    counts[byte % 4] += 1
print('counts:', counts, sum(bytearray([1, 2, 3])), sorted(bytearray(b'bca')))

# 一个预分配的缓冲区, 按位置写入
frame = bytearray(8)
frame[0] = 0x7e
frame[1:5] = (1, 2, 3, 4)
frame[5:] = bytearray.fromhex('0a 0b 0c')
frame[::2] = frame[1::2]
print(frame, frame.hex(), frame.pop(), frame.pop(0), len(frame))
frame.insert(0, 255)
frame.remove(3)
frame.reverse()
print(frame, frame.count(4), frame.index(255), list(frame))

try:
    frame[0] = 256
except ValueError as e:
    print('ValueError:', e)
try:
    {frame: 1}
except TypeError as e:
    print('TypeError:', e)
try:
    frame.pop(20)
except IndexError as e:
    print('IndexError:', e)

# 从队列取出的是一份拷贝: 再改原来的 bytearray, 取出来的不变
q = Queue()
q.put(frame)
got = q.get()
frame.clear()
print('from queue: %r, %s, now %r' % (got, type(got).__name__, frame))
print('%s|%5s|%-12r|' % (bytearray(b'a'), 'x', bytearray(b'b')), '{}'.format(bytearray(b'c')))

# 其他接受 bytes 的地方也接受 bytearray
random.seed(bytearray(b'seed'))
data = bytearray(b'abcdef')
random.shuffle(data)
print(data, random.choice(bytearray(b'xyz')), int.from_bytes(bytearray(b'\x01\x00'), 'big'))
print(Value('c', bytearray(b'k')).value)
try:
    sum([bytearray(b'a')], bytearray())
except TypeError as e:
    print('TypeError:', e)
