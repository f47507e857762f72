# -*- coding:utf-8 -*-
# py2ts: timing="seconds\\." unordered="^Run child process Process"
from multiprocessing import Process, Lock
import os, time

lock = Lock()  #申明一个全局的lock对象
def run_proc(name):
  global lock   #引用全局锁
  for i in range(5):
    time.sleep(0.2)
    lock.acquire() #申请锁
    print 'Run child process %s (%s)' % (name, os.getpid())
    lock.release()  #释放锁

if __name__ =='__main__': #执行主进程
  print 'Run the main process (%s).' % (os.getpid())
  mainStart = time.time() #记录主进程开始的时间
  procs = []
  for i in range(16):                 #开辟16个进程
    p = Process(target=run_proc, args=('Process'+str(i),))
    procs.append(p)
    p.start()
  print 'Waiting for all subprocesses done ...'
  for p in procs:
    p.join() #等待所有进程执行完后,主进程才继续往下执行
  print 'All subprocesses done'
  mainEnd = time.time() #记录主进程结束时间
  print 'All process ran %0.2f seconds.' % (mainEnd-mainStart) #主进程执行时间
