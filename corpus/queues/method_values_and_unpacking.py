# -*- coding: utf-8 -*-
# 常见写法：iter(q.get, 'STOP') 取到哨兵为止；把方法当作值传递；解包时用 _ 忽略多个字段
from multiprocessing import Process, Queue, Lock


class Report(object):
    def __init__(self, title):
        self.title = title

    def line(self, name, total, unit='个'):
        return '%s: %s %d%s' % (self.title, name, total, unit)


def worker(inbox, outbox, lock):
    acquire, release = lock.acquire, lock.release
    for name, count, _, _ in iter(inbox.get, 'STOP'):
        acquire()
        try:
            outbox.put((name, count * 2))
        finally:
            release()
    outbox.put('STOP')


if __name__ == '__main__':
    inbox, outbox, lock = Queue(), Queue(), Lock()
    rows = [('苹果', 3, 'x', 'y'), ('香蕉', 5, 'x', 'y')]
    put = inbox.put
    for row in rows:
        put(row)
    put('STOP')
    p = Process(target=worker, args=(inbox, outbox, lock))
    p.start()
    results = list(iter(outbox.get, 'STOP'))
    p.join()
    fmt = Report('库存').line
    for name, total in sorted(results):
        print(fmt(name, total, unit='箱'))
    pairs = [(1, (2, 3)), (4, (5, 6))]
    print([c for a, (b, c) in pairs], sum(a * b for a, (b, _) in pairs))
    a, a = 1, 2
    print(a)
