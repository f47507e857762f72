# -*- coding:utf-8 -*-
# py2ts: timing="seconds"
# apply_async 不会阻塞: 'end' 先打印, 然后每个任务完成时回调 Bar 在主进程里打印结果
from multiprocessing import Process, Pool
import time

def Foo(i):
    time.sleep(1)
    return i + 100

def Bar(arg):
    print('-->exec done:', arg)

if __name__ == '__main__':
    t = time.time()
    pool = Pool(5)
    for i in range(10):
        pool.apply_async(func=Foo, args=(i,), callback=Bar)
        #pool.apply(func=Foo, args=(i,))
    print('end')
    pool.close()
    pool.join()   #进程池中进程执行完毕后再关闭, 如果注释, 那么程序直接关闭。
    print('all done in %0.1f seconds' % (time.time() - t))
