# -*- coding:utf-8 -*-
# py2ts: timing="seconds"
# imap_unordered: 谁先做完谁先返回, 适合显示进度
from multiprocessing import Pool
import time

def download(n):
    time.sleep(0.1 * n)
    return 'file%d' % n

if __name__ == '__main__':
    pool = Pool(3)
    jobs = [5, 1, 4, 2, 3]
    start = time.time()
    for i, name in enumerate(pool.imap_unordered(download, jobs), 1):
        print '%d/%d %s done after %0.1f seconds' % (i, len(jobs), name, time.time() - start)
    pool.close()
    pool.join()
