# -*- coding:utf-8 -*-
# 双向管道: proc1 发送一条消息, proc2 一直接收; proc2.join(2) 最多等 2 秒, 然后结束它
# py2ts: timing="seconds"
from multiprocessing import Process, Pipe
import time

def proc1(pipe):
    s = 'Hello,This is proc1'
    pipe.send(s)

def proc2(pipe):
    while True:
        msg = pipe.recv()  # 先收到再打印: 被 terminate 时没有半行输出留在缓冲区
        print "proc2 recieve:", msg

if __name__ == "__main__":
    pipe = Pipe()
    p1 = Process(target=proc1, args=(pipe[0],))
    p2 = Process(target=proc2, args=(pipe[1],))
    start = time.time()
    p1.start()
    p2.start()
    p1.join()
    p2.join(2)  # 限制执行时间最多为 2 秒
    print 'p2 still alive after join(2): %s, waited %.1f seconds' % (p2.is_alive(), time.time() - start)
    p2.terminate()  # 管道两端主进程都还开着, proc2 永远等不到 EOF
    p2.join()
    print '\nend all processes.', p1.exitcode, p2.exitcode
