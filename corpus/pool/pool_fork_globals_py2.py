# -*- coding:utf-8 -*-
# Python 2: workers copy the main process's state at Pool(); later changes on either side stay there
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
    print pool.map(read_mode, range(4), 1)
    print settings['mode'], seen
    pool.close()
    pool.join()
