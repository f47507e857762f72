# SyncManager.Pool() under Python 2.7: a pool in the manager's server, through PoolProxy
from multiprocessing import Manager
import time

def square(x):
    return x * x

def add(a, b):
    return a + b

def fail(x):
    if x == 3:
        raise ValueError('bad value %d' % x)
    return x

def slow(x):
    time.sleep(0.05 * x)
    return x

def collect(args):
    shared, x = args
    shared.append(x * 10)
    return x

if __name__ == '__main__':
    manager = Manager()
    pool = manager.Pool(2)
    print type(pool).__name__, str(pool).split(' ')[0]
    print pool.apply(square, (7,))
    print pool.apply(add, (2,), {'b': 5})
    print pool.map(square, range(10))
    print pool.map(square, range(10), 3)
    r = pool.apply_async(square, (9,))
    print type(r).__name__, r.get(), r.ready(), r.successful()
    m = pool.map_async(square, [1, 2, 3])
    m.wait()
    print m.get(timeout=5)
    it = pool.imap(square, range(5))
    print type(it).__name__, list(it)
    print list(pool.imap(square, range(7), 3))
    print sorted(pool.imap_unordered(slow, [3, 1, 2]))
    it = pool.imap(fail, range(5))
    print it.next(), it.next(), it.next()
    try:
        it.next()
    except ValueError as e:
        print 'imap:', type(e).__name__, e
    print it.next()
    try:
        pool.map(fail, range(5))
    except ValueError as e:
        print 'map:', type(e).__name__, e
    try:
        pool.apply(fail, (3,))
    except ValueError as e:
        print 'apply:', type(e).__name__, e
    late = pool.apply_async(slow, (10,))
    try:
        late.get(timeout=0.05)
    except Exception as e:
        print 'timeout:', type(e).__module__, type(e).__name__
    print late.get()
    try:
        pool.starmap(add, [(1, 2)])
    except Exception as e:
        print 'starmap:', type(e).__name__, e
    shared = manager.list()
    print sorted(pool.map(collect, [(shared, i) for i in range(4)])), sorted(shared)
    pool.close()
    pool.join()
    print 'joined'
    try:
        pool.map(square, [1])
    except Exception as e:
        print 'after close:', type(e).__name__
    manager.shutdown()
    print 'done'
