# -*- coding:utf-8 -*-
# py2ts: timing="waited"
# terminate(): 结束一个正在 sleep 的子进程, exitcode 为 -15 (SIGTERM)
from multiprocessing import Process
import time

def sleeper(seconds):
    print('child going to sleep for', seconds, 'seconds')
    time.sleep(seconds)
    print('child woke up (never printed)')

if __name__ == '__main__':
    start = time.time()
    p = Process(target=sleeper, args=(30,))
    p.start()
    time.sleep(0.5)
    print('alive before terminate:', p.is_alive())
    p.terminate()
    p.join()
    print('alive after terminate:', p.is_alive(), 'exitcode:', p.exitcode)
    print('main waited %0.2f seconds' % (time.time() - start))
    p.terminate()   # 对已经结束的进程再调用一次没有影响
    print('second terminate is harmless:', p.exitcode)
