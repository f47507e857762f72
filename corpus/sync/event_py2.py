# -*- coding:utf-8 -*-
# Python 2 的 Event: 下载进程完成后 set, 保存进程 wait 之后才开始
from multiprocessing import Process, Event
import time

def download(done, images):
  for i in images:
    print '正在下载', i
    time.sleep(0.2)
  done.set()

def getfile(done):
  print 'getfile waiting'
  done.wait()
  print '保存完毕'

if __name__ == '__main__':
  done = Event()
  p2 = Process(target=getfile, args=(done,))
  p2.start()
  time.sleep(0.1)
  p1 = Process(target=download, args=(done, ['a.jpg', 'b.jpg', 'c.jpg']))
  p1.start()
  p1.join()
  p2.join()
  print done.is_set(), done.wait(1)
