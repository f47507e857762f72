# -*- coding:utf-8 -*-
# 子进程里未捕获的异常: traceback 打印到 stderr, exitcode 为 1, 主进程继续执行
from multiprocessing import Process
import time

def parse(item):
    return int(item)

def worker(items):
    total = 0
    for item in items:
        total += parse(item)
        print('worker total', total)
    print('worker finished', total)

if __name__ == '__main__':
    good = Process(target=worker, args=(['1', '2'],))
    good.start()
    good.join()
    bad = Process(target=worker, args=(['3', 'x', '5'],))
    bad.start()
    bad.join()
    print('good exitcode', good.exitcode)
    print('bad exitcode', bad.exitcode)
    print('main process carries on')
