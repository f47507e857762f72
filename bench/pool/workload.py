# bench/pool's workload, run by CPython 3.11 and, converted, by py2ts-mp (the same
# source: what a user's script gets). Each case prints one JSON line (by hand:
# the json module is not translated).
# Usage: POOL_CASE=<case> POOL_N=<n> python3 workload.py (environment variables:
# `py2ts-mp run` does not pass script arguments to sys.argv yet)
#   cpu        Pool(2).map of 8 CPU-bound tasks of n loop iterations each: seconds
#   map        Pool(2).map of n tiny tasks with default chunks: tasks per second
#   apply_async n apply_async calls, then every get(): tasks per second
#   apply      n blocking apply calls in a row: microseconds per round trip
import os
import time
from multiprocessing import Pool

def burn(n):
    total = 0
    for i in range(n):
        total += i * i % 7
    return total

def inc(x):
    return x + 1

def run(case, n):
    pool = Pool(2)
    pool.map(inc, range(100), chunksize=1)   # both workers have started
    start = time.perf_counter()
    if case == 'cpu':
        results = pool.map(burn, [n] * 8)
        check = sum(results)
    elif case == 'map':
        results = pool.map(inc, range(n))
        check = results[-1]
    elif case == 'apply_async':
        pending = [pool.apply_async(inc, (i,)) for i in range(n)]
        check = sum(r.get() for r in pending)
    else:
        check = 0
        for i in range(n):
            check += pool.apply(inc, (i,))
    seconds = time.perf_counter() - start
    pool.terminate()
    return '{"case": "%s", "n": %d, "seconds": %.6f, "check": %d}' % (case, n, seconds, check)

if __name__ == '__main__':
    print(run(os.environ['POOL_CASE'], int(os.environ['POOL_N'])))
