# -*- coding:utf-8 -*-
# AsyncResult: get() 在主进程里重新抛出子进程的异常; successful/ready; 超时; join 和 close 的错误
from multiprocessing import Pool, TimeoutError
import time

def divide(a, b):
    return a / b

def nap(seconds):
    time.sleep(seconds)
    return seconds

def on_error(e):
    print('error_callback 收到:', type(e).__name__, e)

if __name__ == '__main__':
    pool = Pool(2)
    r = pool.apply_async(divide, (1, 0), error_callback=on_error)
    try:
        r.get()
    except ZeroDivisionError as e:
        print('get() 抛出:', type(e).__name__, e)
        print('原因:', type(e.__cause__).__name__, 'Traceback' in str(e.__cause__))
    print(r.ready(), r.successful())
    r = pool.apply_async(nap, (0.5,))
    try:
        r.successful()
    except ValueError as e:
        print('successful() 太早:', str(e).endswith('not ready'))
    try:
        r.get(timeout=0.1)
    except TimeoutError as e:
        print('超时, 结果还没好', repr(e))
    print(r.get(timeout=2), r.successful())
    try:
        pool.starmap(divide, [(1, 1), (1, 0), (2, 1)])
    except ZeroDivisionError as e:
        print('starmap 抛出:', e)
    r = pool.map_async(int, ['1', 'x', '3'], error_callback=on_error)
    r.wait()
    print(r.successful())
    try:
        r.get()
    except ValueError as e:
        print(e)
    print(pool.apply(divide, (7,), {'b': 2}))
    try:
        pool.join()
    except ValueError as e:
        print('join:', e)
    pool.close()
    try:
        pool.apply_async(nap, (0,))
    except ValueError as e:
        print('close 之后:', e)
    pool.join()
    print(repr(pool))
