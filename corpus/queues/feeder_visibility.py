# -*- coding:utf-8 -*-
# Queue 的 put() 由后台线程写入管道: 刚 put 完, 同一个进程的 empty() 往往还是 True;
# 阻塞 (sleep) 一下之后就能看到. qsize() 则立刻计数.
from multiprocessing import Queue
import time

q = Queue()
for i in range(5):
    q.put(i)
print('qsize right after five puts:', q.qsize())
print('empty right after five puts:', q.empty())
time.sleep(0.2)
print('empty after sleeping:', q.empty())
items = []
while not q.empty():
    items.append(q.get())
print('drained:', items)
q.put('last')
print('get() blocks until it arrives:', q.get())
