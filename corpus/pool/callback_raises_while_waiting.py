# -*- coding:utf-8 -*-
# callback 抛出异常: CPython 的结果处理线程打印 "Exception in thread ... (_handle_results)",
# traceback 从回调开始, 不含主进程当时所在的帧 (等待中的函数); 之后结果不再送达, terminate 报 AssertionError
from multiprocessing import Pool
import time

def score(name):
    return len(name) * 10

def record(points):
    print('记录得分', points)
    check(points)

def check(points):
    limits = {'上限': 20}
    if points > limits['上限']:
        raise ValueError('得分 %d 超过上限' % points)

def wait_for_results(seconds):
    time.sleep(seconds)
    print('等待结束')

if __name__ == '__main__':
    pool = Pool(2)
    first = pool.apply_async(score, ('张三丰',), callback=record)
    wait_for_results(0.5)
    second = pool.apply_async(score, ('李四',), callback=record)
    wait_for_results(0.5)
    print('第一个 ready:', first.ready(), '第二个 ready:', second.ready())
    pool.terminate()
    print('不会打印')
