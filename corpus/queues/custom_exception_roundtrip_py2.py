# -*- coding:utf-8 -*-
# Python 2: 自定义异常经过 Queue 和 Pipe, 接收方重新调用 __init__
from multiprocessing import Process, Queue, Pipe


class JobFailed(Exception):
    def __init__(self, job_id, reason):
        self.job_id = job_id
        Exception.__init__(self, 'job %s failed: %s' % (job_id, reason))


class Labeled(ValueError):
    def __init__(self, text):
        print 'Labeled.__init__ got', repr(text)
        ValueError.__init__(self, '[label] ' + text)
        self.level = 1


def worker(results, first):
    print 'child got its argument:', repr(first), first.job_id
    results.put(Labeled('from child'))
    results.put(JobFailed(2, 'boom'))
    results.put('done')


if __name__ == '__main__':
    results = Queue()
    p = Process(target=worker, args=(results, JobFailed(1, 'argument')))
    p.start()
    item = results.get()
    print repr(item), item.level
    try:
        results.get()
    except TypeError, e:
        print 'get() failed:', e
    print results.get()
    p.join()

    parent, child = Pipe()
    child.send((Labeled('pipe'), KeyError('k')))
    print parent.recv()
