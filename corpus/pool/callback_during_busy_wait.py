# -*- coding:utf-8 -*-
# apply_async 的 callback 在主进程忙等 (循环读取 time.time()) 时就执行, 不等到循环结束:
# CPython 的结果处理线程在忙等期间拿到 GIL; 阻塞在 sleep 时同样
# py2ts: timing="用时"
from multiprocessing import Pool
import time

def brew(kind):
    time.sleep(0.2)
    return kind + ' 泡好了'

def announce(message):
    print('回调: %s' % message)

if __name__ == '__main__':
    pool = Pool(2)
    start = time.time()
    pool.apply_async(brew, ('绿茶',), callback=announce)
    while time.time() - start < 0.8:
        pass
    print('忙等结束, 用时 %0.1f' % (time.time() - start))
    pool.apply_async(brew, ('红茶',), callback=announce)
    started = time.perf_counter()
    while time.perf_counter() - started < 0.8:
        pass
    print('第二次忙等结束')
    pool.close()
    pool.join()
    print('全部完成')
