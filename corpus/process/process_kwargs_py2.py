# -*- coding:utf-8 -*-
# Process 的 kwargs= 参数, 以及单元素元组 args=(x,) 的写法
from multiprocessing import Process
import time

def task(task_name, times=1, sep=' '):
  time.sleep(0.1 * times)
  print sep.join([task_name] * times)

if __name__ == '__main__':
  jobs = [
    Process(target=task, args=('听音乐',)),
    Process(target=task, args=('吃饭',), kwargs={'times': 2}),
    Process(target=task, kwargs={'task_name': 'walk', 'times': 3, 'sep': '-'}),
  ]
  for p in jobs:
    p.start()
  for p in jobs:
    p.join()
  print 'all done', [p.exitcode for p in jobs]
