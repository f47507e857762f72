# Python 2: multiprocessing's functions are plain module functions and pickle
# by name, so they can be pool tasks.
import multiprocessing
from multiprocessing import Pool

if __name__ == '__main__':
    pool = Pool(processes=2)
    print pool.apply(multiprocessing.cpu_count) == multiprocessing.cpu_count()
    print pool.apply(multiprocessing.active_children)
    results = [pool.apply_async(multiprocessing.cpu_count) for i in range(3)]
    print [r.get(timeout=5) == multiprocessing.cpu_count() for r in results]
    pool.close()
    pool.join()
