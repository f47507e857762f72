# -*- coding:utf-8 -*-
# 子进程把自定义异常放进队列: 接收时会用 args 重新调用 __init__
from multiprocessing import Process, Queue, Pipe


class JobFailed(Exception):
    def __init__(self, job_id, reason):
        self.job_id = job_id
        super().__init__('任务 %s 失败: %s' % (job_id, reason))


class Labeled(ValueError):
    def __init__(self, text):
        print('Labeled.__init__ 收到', repr(text))
        super().__init__('[label] ' + text)
        self.level = 1


class Simple(Exception):
    pass


def worker(jobs, results):
    for job in iter(jobs.get, None):
        if job == 2:
            results.put(JobFailed(job, '除以零'))
        elif job == 3:
            results.put(Labeled('job %d' % job))
        else:
            results.put(Simple(job, 'ok'))
    results.put('结束')


if __name__ == '__main__':
    jobs, results = Queue(), Queue()
    p = Process(target=worker, args=(jobs, results))
    p.start()
    for job in [1, 2, 3, None]:
        jobs.put(job)
    while True:
        try:
            item = results.get(timeout=5)
        except TypeError as e:
            print('get() 失败:', e)
            continue
        print('收到:', repr(item))
        if item == '结束':
            break
        if isinstance(item, Labeled):
            print('level', item.level, 'args', item.args)
    p.join()

    parent, child = Pipe()
    err = Labeled('pipe')
    err.level = 5
    child.send([err, KeyError('k'), JobFailed(9, 'x')])
    try:
        parent.recv()
    except TypeError as e:
        print('recv() 失败:', e)
    child.send(Labeled('again'))
    got = parent.recv()
    print(repr(got), got.level)
