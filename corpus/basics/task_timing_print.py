# -*- coding:utf-8 -*-
# py2ts: timing="seconds\\."
import time

def long_time_task(name):
    print('Run task %s ...' % name)
    start = time.time()
    time.sleep(0.3)
    end = time.time()
    print('Task %s runs %0.2f seconds.' % (name, (end - start)))

if __name__ == '__main__':
    print('Parent process.')
    mainStart = time.time()  # 记录开始的时间
    for i in range(3):
        long_time_task(i)
    print('Waiting for all subprocesses done...')
    for i in range(5):
        time.sleep(0.2)
        print('tick', i)
    mainEnd = time.time()
    print('All subprocesses done.')
    print('All process ran %0.2f seconds.' % (mainEnd - mainStart))
    elapsed = time.time() - mainStart
    print('under 5 seconds:', elapsed < 5)
