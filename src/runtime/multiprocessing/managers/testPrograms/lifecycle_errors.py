from multiprocessing import Manager, Process
from multiprocessing.managers import BaseManager, SyncManager
import queue

class Box(object):
    def __init__(self):
        self.items = []
    def put(self, x):
        if x < 0:
            raise ValueError('negative: %d' % x)
        self.items.append(x)
        return len(self.items)
    def divide(self, a, b):
        return a / b

class BoxManager(BaseManager):
    pass
BoxManager.register('Box', Box)

if __name__ == '__main__':
    m = SyncManager()
    try:
        m.dict()
    except Exception as e:
        print(type(e).__name__, e)
    m.start()
    try:
        m.start()
    except Exception as e:
        print(type(e).__name__, e)
    q = m.Queue()
    try:
        q.get(timeout=0.05)
    except queue.Empty:
        print('Empty')
    q.put(1)
    print(q.qsize(), q.empty(), q.get_nowait())
    bq = m.Queue(1)
    bq.put('x')
    try:
        bq.put('y', timeout=0.05)
    except queue.Full:
        print('Full')
    jq = m.JoinableQueue()
    jq.put(1); jq.get(); jq.task_done(); jq.join()
    try:
        jq.task_done()
    except ValueError as e:
        print('ValueError', e)
    m.shutdown()
    m.shutdown()
    with BoxManager() as bm:
        box = bm.Box()
        print(box.put(3), box.put(4))
        try:
            box.put(-1)
        except ValueError as e:
            print('ValueError', e)
        try:
            box.divide(1, 0)
        except ZeroDivisionError as e:
            print('ZeroDivisionError', e)
    left = Manager()
    d = left.dict(a=1)
    print(d)
