# -*- coding:utf-8 -*-
# 管道两端互相发送列表、字典和集合
from multiprocessing import Process, Pipe

def send(pipe):
    pipe.send(['spam'] + [42, 'egg'])
    pipe.close()

def talk(pipe):
    pipe.send(dict(name='Bob', spam=42))
    reply = pipe.recv()
    print 'talker got:', sorted(reply)

if __name__ == '__main__':
    (con1, con2) = Pipe()
    sender = Process(target=send, name='send', args=(con1,))
    sender.start()
    print "con2 got: %s" % con2.recv()  # 从 send 收到消息
    con2.close()
    sender.join()

    (parentEnd, childEnd) = Pipe()
    child = Process(target=talk, name='talk', args=(childEnd,))
    child.start()
    print 'parent got:', sorted(parentEnd.recv().items())
    parentEnd.send(set(x * 2 for x in 'spam'))
    child.join()
    print 'parent exit', child.name, child.exitcode
