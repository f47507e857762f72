# Tasks that arrive one by one, while the other workers are idle, still run in
# parallel: every idle worker can take the next task (a regression: idle workers
# once waited for the reader lock and were not woken by new tasks).
from multiprocessing import Pool, current_process
import time

def nap(x):
    start = time.time()
    time.sleep(x)
    return current_process().name, start

if __name__ == '__main__':
    p = Pool(3)
    time.sleep(0.5)   # every worker is idle, waiting
    t = time.time()
    a = p.apply_async(nap, (1,))
    time.sleep(0.2)
    b = p.apply_async(nap, (1,))
    time.sleep(0.2)
    c = p.apply_async(nap, (0.5,))
    (na, sa), (nb, sb), (nc, sc) = a.get(), b.get(), c.get()
    # b and c started while a still ran, on other workers
    print(sb - sa < 0.9, sc - sa < 0.9, len(set([na, nb, nc])))
    p.close()
    p.join()
