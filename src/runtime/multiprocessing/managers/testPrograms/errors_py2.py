# Python 2: errors from the server, a manager left running at the end, and a proxy after shutdown.
from multiprocessing import Manager, Process
from multiprocessing.managers import BaseManager
import Queue

class Box(object):
    def put(self, x):
        if x < 0:
            raise ValueError('negative: %d' % x)
        return x * 2

class BoxManager(BaseManager):
    pass
BoxManager.register('Box', Box)

def child(d, q):
    try:
        d['nothing']
    except KeyError, e:
        print 'child KeyError', e
    q.put(d.keys())

if __name__ == '__main__':
    bm = BoxManager()
    bm.start()
    box = bm.Box()
    print box.put(21)
    try:
        box.put(-1)
    except ValueError, e:
        print 'ValueError', e
    bm.shutdown()
    try:
        box.put(1)
    except Exception, e:
        print type(e).__name__
    m = Manager()
    d = m.dict({'a': 1})
    q = m.Queue()
    p = Process(target=child, args=(d, q))
    p.start()
    p.join()
    print q.get(), p.exitcode
    try:
        q.get(True, 0.05)
    except Queue.Empty:
        print 'Empty'
