# -*- coding:utf-8 -*-
# JoinableQueue: 守护进程做任务并 task_done(), 主进程 join() 等全部任务完成
# py2ts: unordered="^worker"
from multiprocessing import Process, JoinableQueue, Queue
import time


def worker(tasks, results):
    while True:
        n = tasks.get()
        time.sleep(0.05)
        results.put((n, n * n))
        tasks.task_done()


if __name__ == '__main__':
    tasks = JoinableQueue()
    results = Queue()
    for i in range(2):
        p = Process(target=worker, args=(tasks, results))
        p.daemon = True
        p.start()
    for n in range(10):
        tasks.put(n)
    tasks.join()
    print('all tasks done, results waiting:', results.qsize())
    squares = sorted(results.get() for i in range(10))
    print(squares)
    try:
        tasks.task_done()
    except ValueError as e:
        print('ValueError:', e)
