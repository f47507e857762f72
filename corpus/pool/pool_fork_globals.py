# -*- coding:utf-8 -*-
# 工作进程在 Pool() 的时候复制主进程的状态: 之后主进程的修改子进程看不到, 子进程的修改主进程也看不到
from multiprocessing import Pool
import time

settings = {'mode': 'start'}
seen = []

def read_mode(x):
    seen.append(x)
    time.sleep(0.1)
    return settings['mode'], x, len(seen)

if __name__ == '__main__':
    settings['mode'] = 'before Pool()'
    pool = Pool(2)
    settings['mode'] = 'after Pool()'
    print(pool.map(read_mode, range(4), chunksize=1))
    print(settings['mode'], seen)
    pool.close()
    pool.join()
