# SyncManager.Pool(): a pool living in the manager's server, driven through a PoolProxy
from multiprocessing import Manager, current_process
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

def where(x):
    return current_process().name.split('-')[0]

def collect(args):
    shared, x = args
    shared.append(x * 10)
    return x

if __name__ == '__main__':
    with Manager() as manager:
        with manager.Pool(2) as pool:
            print(type(pool).__name__, str(pool).split(' ')[0])
            print(pool.apply(square, (7,)))
            print(pool.apply(add, (2,), {'b': 5}))
            print(pool.map(square, range(10)))
            print(pool.map(square, range(10), 3))
            print(pool.starmap(add, [(1, 2), (3, 4)]))
            r = pool.apply_async(square, (9,))
            print(type(r).__name__, r.get(), r.ready(), r.successful())
            m = pool.map_async(square, [1, 2, 3])
            m.wait()
            print(m.get(timeout=5))
            s = pool.starmap_async(add, [(5, 5), (6, 6)])
            print(s.get())
            it = pool.imap(square, range(5))
            print(type(it).__name__, list(it))
            print(list(pool.imap(square, range(7), 3)))
            print(sorted(pool.imap_unordered(slow, [3, 1, 2])))
            it = pool.imap(fail, range(5))
            print(next(it), next(it), next(it))
            try:
                next(it)
            except ValueError as e:
                print('imap:', type(e).__name__, e)
            print(next(it))
            try:
                pool.map(fail, range(5))
            except ValueError as e:
                print('map:', type(e).__name__, e)
            try:
                pool.apply(fail, (3,))
            except ValueError as e:
                print('apply:', type(e).__name__, e)
            bad = pool.apply_async(fail, (3,))
            bad.wait()
            print(bad.ready(), bad.successful())
            try:
                bad.get()
            except ValueError as e:
                print('get:', type(e).__name__, e)
            late = pool.apply_async(slow, (10,))
            try:
                late.get(timeout=0.05)
            except Exception as e:
                print('timeout:', type(e).__module__, type(e).__name__)
            print(late.get())
            print(sorted(set(pool.map(where, range(4)))))
            shared = manager.list()
            print(sorted(pool.map(collect, [(shared, i) for i in range(4)])), sorted(shared))
        try:
            pool.map(square, [1])
        except Exception as e:
            print('after exit:', type(e).__name__, e)
        pool2 = manager.Pool(processes=2)
        print(pool2.map(square, [4, 5]))
        pool2.close()
        try:
            pool2.apply(square, (1,))
        except Exception as e:
            print('closed:', type(e).__name__, e)
        pool2.join()
        print('joined')
        pool3 = manager.Pool(1)
        try:
            pool3.join()
        except Exception as e:
            print('join running:', type(e).__name__, e)
        pool3.terminate()
        pool3.join()
        print('done')
