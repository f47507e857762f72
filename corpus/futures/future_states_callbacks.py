# -*- coding:utf-8 -*-
# Future 的状态: running/done/cancelled, result(timeout), exception(), add_done_callback, wait
from concurrent.futures import ProcessPoolExecutor, wait, FIRST_COMPLETED, ALL_COMPLETED, CancelledError
import time

def nap(seconds):
    time.sleep(seconds)
    return seconds

def fail(message):
    raise KeyError(message)

def report(future):
    # 回调在主进程里运行
    print('回调:', future.result())

if __name__ == '__main__':
    executor = ProcessPoolExecutor(max_workers=1)
    first = executor.submit(nap, 0.3)
    first.add_done_callback(report)
    waiting = [executor.submit(nap, 0.1) for i in range(5)]
    time.sleep(0.1)
    print(first.running(), first.done())
    print('取消最后一个:', waiting[-1].cancel(), waiting[-1].cancelled())
    try:
        first.result(timeout=0.05)
    except TimeoutError:
        print('result 超时')
    print(first.result(), first.done(), first.exception())
    done, not_done = wait(waiting[:-1], return_when=FIRST_COMPLETED)
    print(len(done) >= 1, len(done) + len(not_done))
    done, not_done = wait(waiting[:-1], return_when=ALL_COMPLETED)
    print(len(done), len(not_done))
    try:
        waiting[-1].result()
    except CancelledError:
        print('被取消了')
    bad = executor.submit(fail, '找不到')
    print(repr(bad.exception()))
    print(repr(bad).split(' state=')[1])
    try:
        bad.result()
    except KeyError as e:
        print('KeyError', e)
    executor.shutdown()
    try:
        executor.submit(nap, 0)
    except RuntimeError as e:
        print(e)
