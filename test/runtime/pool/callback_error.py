# A callback raises: CPython's result-handler thread reports it and dies, later
# results are never delivered, and terminate() then fails its assertion.
from multiprocessing import Pool
import time

def f(x):
    time.sleep(0.1 * x)
    return x

def cb(x):
    print('cb', x)
    if x == 1:
        raise ValueError('bad callback')

if __name__ == '__main__':
    p = Pool(2)
    rs = [p.apply_async(f, (i,), callback=cb) for i in range(4)]
    time.sleep(1)
    print([r.ready() for r in rs])
    try:
        p.terminate()
    except AssertionError as e:
        print('terminate:', e)
    print('end')
