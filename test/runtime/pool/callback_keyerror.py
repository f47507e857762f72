# A KeyError from a callback is swallowed by CPython's result handler (it guards
# `cache[job]`): that result never reads as ready, the others go on.
from multiprocessing import Pool
import time

def f(x):
    time.sleep(0.1 * x)
    return x

def cb(x):
    print('cb', x)
    if x == 1:
        raise KeyError(x)

if __name__ == '__main__':
    p = Pool(2)
    rs = [p.apply_async(f, (i,), callback=cb) for i in range(4)]
    time.sleep(1)
    print([r.ready() for r in rs])
    p.terminate()
    p.join()
    print('end')
