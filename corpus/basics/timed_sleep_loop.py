# -*- coding:utf-8 -*-
# py2ts: timing="seconds\\."
import time

def run_proc(name):    ##定义一个函数, 顺序执行
  for i in range(5):
    time.sleep(0.2)  #休眠0.2秒
    print 'Run child process %s (%d)' % (name, i)
#执行一次该函数共需1秒的时间

if __name__ == '__main__':
  print 'Run the main process.'
  mainStart = time.time() #记录主进程开始的时间
  for i in range(2):
    run_proc('Process' + str(i))
  mainEnd = time.time() #记录主进程结束时间
  print 'All process ran %0.2f seconds.' % (mainEnd - mainStart)
  start = time.time()
  time.sleep(0.5)
  end = time.time()
  print 'Task %s runs %0.2f seconds.' % ('sleep', (end - start))
