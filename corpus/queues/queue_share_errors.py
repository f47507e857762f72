# -*- coding:utf-8 -*-
# 队列只能通过继承 (Process 的参数) 传给子进程; 放进另一个队列或管道会报错, 不能 pickle 的值也会报错
from multiprocessing import Process, Queue, JoinableQueue, Lock, Pipe, Value


def square(x):
    return x * x


def outer():
    def inner():
        pass
    return inner


class Job(object):
    def __init__(self, fn, arg):
        self.fn = fn
        self.arg = arg


def run_job(q):
    job = q.get()
    print('child runs', job.fn.__name__, job.fn(job.arg))


if __name__ == '__main__':
    q = Queue()
    a, b = Pipe()
    for label, value in [('Queue', Queue()), ('JoinableQueue', JoinableQueue()), ('Lock', Lock()),
                         ('Value', Value('i', 1)), ('nested function', outer()),
                         ('generator', (i for i in range(3)))]:
        try:
            a.send(value)
            print(label, 'sent')
        except Exception as e:
            print(label, '->', type(e).__name__ + ':', e)
    # 模块级函数可以按名字传递
    a.send(square)
    print('received', b.recv()(7))
    p = Process(target=run_job, args=(q,))
    p.start()
    q.put(Job(square, 12))
    p.join()
    print('exit code', p.exitcode)
