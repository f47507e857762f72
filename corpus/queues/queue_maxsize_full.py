# -*- coding:utf-8 -*-
# 队列最多放 5 个元素; 放满之后 full() 为 True, 第 6 次 get(timeout=2) 等 2 秒后抛出 queue.Empty
# py2ts: timing="秒"
from multiprocessing import Queue
import time

q = Queue(5)
q.put('a')
q.put('b')
q.put('c')
q.put('d')
q.put('e')
print(q.qsize())
if not q.full():  # full() 判断队列是否满了
    q.put('f', timeout=4)
else:
    print("队列已满")

print(q.get())
print(q.get(timeout=2))
print(q.get(timeout=2))
print(q.get(timeout=2))
print(q.get(timeout=2))
print('qsize:', q.qsize(), 'empty:', q.empty(), 'full:', q.full())
start = time.time()
try:
    print(q.get(timeout=2))
finally:
    print('等待了 %.1f 秒' % (time.time() - start))
