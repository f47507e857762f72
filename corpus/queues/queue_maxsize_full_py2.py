# -*- coding:utf-8 -*-
# Python 2: 队列满时 put_nowait 抛出 Queue.Full, 空时 get_nowait 抛出 Queue.Empty
# py2ts: timing="seconds"
from multiprocessing import Queue
import Queue as Q
import time

q = Queue(maxsize=3)
for ch in 'xyz':
    q.put(ch)
print 'qsize', q.qsize(), 'full', q.full()
try:
    q.put_nowait('w')
except Q.Full:
    print 'put_nowait: queue is full'
start = time.time()
try:
    q.put('w', True, 0.5)
except Q.Full, e:
    print 'put(timeout=0.5) gave up after %.1f seconds' % (time.time() - start), repr(e)
while not q.empty():
    print 'got', q.get()
try:
    q.get_nowait()
except Q.Empty:
    print 'get_nowait: queue is empty'
try:
    q.get(False)
except Q.Empty:
    print 'get(False): queue is empty'
print 'qsize', q.qsize(), 'empty', q.empty(), 'full', q.full()
q.get(True, 1)
