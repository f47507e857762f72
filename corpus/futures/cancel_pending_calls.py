# -*- coding:utf-8 -*-
# 进程池执行器只把 max_workers + 1 个调用放进调用队列 (工作进程还没取走的), 其余保持 PENDING,
# 可以 cancel(): 1 个工作进程时第 3 个, 2 个工作进程时第 5 个; 已取消的不会执行, 也不打印
# py2ts: unordered="^泡好 第"
from concurrent.futures import ProcessPoolExecutor, CancelledError
import time

def brew(name, seconds):
    time.sleep(seconds)
    print('泡好', name)
    return name

if __name__ == '__main__':
    with ProcessPoolExecutor(max_workers=1) as executor:
        cups = [executor.submit(brew, name, 0.2) for name in ['绿茶', '红茶', '乌龙']]
        print('取消乌龙:', cups[2].cancel(), cups[2].cancelled())
        print([cup.result() for cup in cups[:2]])
        try:
            cups[2].result()
        except CancelledError:
            print('乌龙已取消')
    with ProcessPoolExecutor(max_workers=2) as pool2:
        glasses = [pool2.submit(brew, '第%d杯' % i, 0.2) for i in range(1, 6)]
        print('取消第5杯:', glasses[4].cancel())
        print([cup.result() for cup in glasses[:4]])
    print('结束')
