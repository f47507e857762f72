# -*- coding:utf-8 -*-
# py2ts: timing="waited|returned after"
# join(timeout): 超时后返回, 子进程仍在运行; 之后再 join() 等它结束
from multiprocessing import Process
import time

def slow(seconds):
    time.sleep(seconds)
    print('slow child finished after', seconds, 'seconds')

if __name__ == '__main__':
    p = Process(target=slow, args=(1.5,))
    start = time.time()
    p.start()
    p.join(0.5)
    print('after join(0.5): alive=%s exitcode=%s waited %0.2f' % (p.is_alive(), p.exitcode, time.time() - start))
    p.join(0.5)
    print('after another join(0.5): alive=%s waited %0.2f' % (p.is_alive(), time.time() - start))
    p.join()
    print('after join(): alive=%s exitcode=%s waited %0.2f' % (p.is_alive(), p.exitcode, time.time() - start))
    q = Process(target=slow, args=(0.2,))
    q.start()
    q.join(5)
    print('join(5) on a short child returned after %0.2f' % (time.time() - start))
