# -*- coding:utf-8 -*-
# py2ts: timing="still blocked"
# 管道 + join(2): proc2 一直在 recv 上阻塞, 主进程最多等 2 秒, 然后 terminate 它
from multiprocessing import Process, Pipe
import time
def proc1(pipe):
  s = 'Hello,This is proc1'
  pipe.send(s)
def proc2(pipe):
  while True:
    print "proc2 recieve:", pipe.recv()
if __name__ == "__main__":
  pipe = Pipe()
  p1 = Process(target=proc1, args=(pipe[0],))
  p2 = Process(target=proc2, args=(pipe[1],))
  start = time.time()
  p1.start()
  p2.start()
  p1.join()
  p2.join(2)  #限制执行时间最多为2秒
  print 'p2 still blocked in recv:', p2.is_alive(), '%0.2f' % (time.time() - start)
  p2.terminate()
  p2.join()
  print '\nend all processes.', p2.exitcode
