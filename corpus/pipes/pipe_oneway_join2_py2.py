# -*- coding:utf-8 -*-
# 单向管道: pipe[0] 只能接收, pipe[1] 只能发送
# py2ts: timing="seconds"
from multiprocessing import Process, Pipe
import time

def proc1(pipe):
    for s in ['Hello,This is proc1', 'second message']:
        pipe.send(s)
        time.sleep(0.1)

def proc2(pipe):
    while True:
        msg = pipe.recv()  # 先收到再打印: 被 terminate 时没有半行输出留在缓冲区
        print "proc2 recieve:", msg

if __name__ == "__main__":
    pipe = Pipe(duplex=False)
    p1 = Process(target=proc1, args=(pipe[1],))  # pipe[1] 为发送端
    p2 = Process(target=proc2, args=(pipe[0],))  # pipe[0] 为接收端
    p2.daemon = True
    start = time.time()
    p1.start()
    p2.start()
    p1.join()
    p2.join(2)  # 限制执行时间最多为 2 秒
    print 'waited %.1f seconds' % (time.time() - start)
    try:
        pipe[0].send('x')
    except IOError, e:
        print 'pipe[0].send:', e
    try:
        pipe[1].recv()
    except IOError, e:
        print 'pipe[1].recv:', e
    print '\nend all processes.'
