# -*- coding:utf-8 -*-
# 锁和信号量的参数类型 (Python 2)
from multiprocessing import Lock, RLock, Semaphore, BoundedSemaphore, Event, Condition


def try_it(label, action):
    try:
        print label, action()
    except (TypeError, AttributeError), e:
        print label, type(e).__name__ + ':', e


if __name__ == '__main__':
    lock = Lock()
    try_it('timeout str', lambda: lock.acquire(timeout='3'))
    try_it('block str', lambda: lock.acquire('yes'))
    try_it('timeout long', lambda: lock.acquire(True, 1L))
    lock.release()
    rlock = RLock()
    rlock.acquire()
    try_it('reentrant', lambda: rlock.acquire(timeout='x'))
    try_it('semaphore str', lambda: Semaphore('3'))
    try_it('semaphore float', lambda: BoundedSemaphore(2.5))
    try_it('event wait', lambda: Event().wait('1'))
    try_it('condition lock', lambda: Condition(lock=5))
    cond = Condition()
    cond.acquire()
    try_it('condition wait', lambda: cond.wait('1'))
    cond.release()
    print repr(lock._semlock)[:30]
