# -*- coding:utf-8 -*-
# py2ts: timing="perf_counter|ran .* seconds"
# time.time / time.perf_counter / time.monotonic 的差值, 围绕真实的 sleep
import time

def timed(label, seconds):
    t0 = time.time()
    p0 = time.perf_counter()
    m0 = time.monotonic()
    time.sleep(seconds)
    t1 = time.time()
    p1 = time.perf_counter()
    m1 = time.monotonic()
    print('%s: time %0.2f perf_counter %0.2f monotonic %0.2f' % (label, t1 - t0, p1 - p0, m1 - m0))

if __name__ == '__main__':
    print('Run the main process.')
    mainStart = time.time()
    timed('sleep 0.2', 0.2)
    timed('sleep 0.5', 0.5)
    timed('sleep 0', 0)
    for i in range(5):
        time.sleep(0.1)
    mainEnd = time.time()
    print('All process ran %0.2f seconds.' % (mainEnd - mainStart))
    print(type(time.time()).__name__, type(time.perf_counter()).__name__, time.time() > 1e9)
    print(isinstance(time.monotonic_ns(), int), time.perf_counter_ns() > 0)
    try:
        time.sleep(-1)
    except ValueError as e:
        print('ValueError:', e)
    try:
        time.sleep('1')
    except TypeError as e:
        print('TypeError:', e)
