# -*- coding:utf-8 -*-
# py2ts: timing="seconds\\."
# 循环创建多个进程: 'Process' + str(i) 作为参数, 全部 start 之后再全部 join
from multiprocessing import Process
import os, time

def run_proc(name, delay):
  time.sleep(delay)   # 错开时间, 输出顺序固定
  print 'Run child process %s (%s)' % (name, os.getpid())

if __name__ == '__main__':
  print 'Run the main process (%s).' % (os.getpid())
  mainStart = time.time()
  workers = []
  for i in range(5):
    p = Process(target=run_proc, args=('Process' + str(i), 0.2 * i))
    workers.append(p)
    p.start()
  print 'Waiting for all subprocesses done ...'
  for p in workers:
    p.join()
  print 'All subprocesses done'
  mainEnd = time.time()
  print 'All process ran %0.2f seconds.' % (mainEnd - mainStart)
  print [p.exitcode for p in workers], len(set(p.pid for p in workers))
