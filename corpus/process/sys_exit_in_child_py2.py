# -*- coding:utf-8 -*-
# Python 2: 子进程调用 sys.exit(n), 主进程从 exitcode 读到 n
from multiprocessing import Process
import sys
import time

def job(n):
  time.sleep(0.1 * n)
  print 'job', n, 'exiting with', n * 2
  sys.stdout.flush()
  sys.exit(n * 2)

def job_message():
  sys.exit('job failed: 出错了')

if __name__ == '__main__':
  procs = []
  for i in range(4):
    p = Process(target=job, args=(i,))
    procs.append(p)
    p.start()
  for p in procs:
    p.join()
  print [p.exitcode for p in procs]
  m = Process(target=job_message)
  m.start()
  m.join()
  print 'message exit ->', m.exitcode
