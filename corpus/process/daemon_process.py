# -*- coding:utf-8 -*-
# 守护进程: daemon=True 的子进程在主进程结束时被终止, 不会打印后面的内容
from multiprocessing import Process
import time

def heartbeat(interval):
    for i in range(100):
        print('heartbeat', i)
        time.sleep(interval)
    print('heartbeat finished (never printed)')

def worker():
    time.sleep(0.2)
    print('normal worker done')

if __name__ == '__main__':
    d = Process(target=heartbeat, args=(0.3,), daemon=True)
    w = Process(target=worker)
    print('daemon flags:', d.daemon, w.daemon)
    d.start()
    w.start()
    time.sleep(0.45)
    w.join()
    print('main done, daemon alive:', d.is_alive())
