# -*- coding:utf-8 -*-
# Pool 的边界情况: 进程数检查, repr, 空输入, kwds, get/next 超时, 未完成时 successful(), chunksize=0, 关闭后的调用
from multiprocessing import Pool, TimeoutError
import time

def f(x, y=1):
    return x * y

def slow(x):
    time.sleep(x)
    return x

if __name__ == '__main__':
    for n in (0, -1):
        try:
            Pool(n)
        except ValueError as e:
            print('ValueError', e)
    p = Pool(2)
    print(repr(p))
    print(p.map(f, []), p.starmap(f, []), list(p.imap(f, [])), list(p.imap_unordered(f, [])))
    print(p.apply(f, (3,), {'y': 4}), p.apply_async(f, kwds={'x': 2, 'y': 5}).get())
    r = p.apply_async(slow, (0.5,))
    try:
        r.get(timeout=0.05)
    except TimeoutError as e:
        print('TimeoutError', repr(e))
    try:
        r.successful()
    except ValueError as e:
        print('ValueError', str(e).split(' object at ')[0])
    r.wait(0.01); print(r.ready())
    it = p.imap(slow, [0.3])
    try:
        it.next(timeout=0.01)
    except TimeoutError as e:
        print('imap TimeoutError', repr(e))
    print(next(it), r.get())
    try:
        print(p.map(f, [1, 2], chunksize=0))
    except Exception as e:
        print(type(e).__name__, e)
    p.close()
    try:
        p.apply(f, (1,))
    except ValueError as e:
        print('ValueError', e)
    print(repr(p))
    p.join()
    p.terminate()
    print(repr(p))
