# -*- coding:utf-8 -*-
# Python 2: 子进程里的异常同样打印 "Process Process-N:" 和 traceback
from multiprocessing import Process

def download(images):
  for i in images:
    print '正在下载', i
    if not i.endswith('.jpg'):
      raise ValueError('not an image: %s' % i)

if __name__ == '__main__':
  p = Process(target=download, args=(['a.jpg', 'b.png', 'c.jpg'],))
  p.start()
  p.join()
  print 'exitcode', p.exitcode
  q = Process(target=download, name='下载进程', args=(['x.gif'],))
  q.start()
  q.join()
  print 'exitcode', q.exitcode
