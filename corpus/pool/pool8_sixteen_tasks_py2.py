# -*- coding:utf-8 -*-
# py2ts: timing="seconds\\." unordered="^Child process Job"
# 进程池: Pool(8) 同时最多运行 8 个任务, 16 个任务分两批完成, 总时间约 2 秒
from multiprocessing import Pool
import os, time

def job(name):    ##每个任务休眠 5 次, 每次 0.2 秒
  for i in range(5):
    time.sleep(0.2)
    print 'Child process %s step %d (%s)' % (name, i, os.getpid())

if __name__ == '__main__':
  print 'Main process (%s) starts.' % os.getpid()
  begin = time.time()
  pool = Pool(8)     #开辟有 8 个进程的进程池
  for i in range(16):
    pool.apply_async(job, args=('Job' + str(i),))   #非阻塞地添加任务
  print 'Waiting for all jobs ...'
  pool.close()   #关闭进程池, 不再接受新任务
  pool.join()    #等待池中所有任务完成
  print 'All jobs done'
  print 'Pool of 8 ran %0.2f seconds.' % (time.time() - begin)
