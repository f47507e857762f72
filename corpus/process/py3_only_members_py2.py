# -*- coding:utf-8 -*-
# Python 2.7 的 Process 没有 Python 3 才有的成员: daemon 关键字参数 (只能设属性),
# sentinel, kill(), close(); Pool 没有 starmap: 都是 TypeError / AttributeError
from multiprocessing import Process, Pool
import time

def nap(seconds):
    time.sleep(seconds)

if __name__ == '__main__':
    try:
        Process(target=nap, args=(0.1,), daemon=True)
    except TypeError, e:
        print 'TypeError:', e
    p = Process(target=nap, args=(0.2,))
    p.daemon = True
    p.start()
    for attempt in (lambda: p.sentinel, lambda: p.kill(), lambda: p.close()):
        try:
            attempt()
        except AttributeError, e:
            print 'AttributeError:', e
    p.terminate()
    p.join()
    print '退出码', p.exitcode
    pool = Pool(1)
    try:
        pool.starmap(pow, [(2, 3)])
    except AttributeError, e:
        print 'AttributeError:', e
    pool.close()
    pool.join()
