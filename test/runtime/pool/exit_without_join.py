# The program ends with tasks running and no close()/join(): the pool is
# terminated at exit (a finalizer), so the tasks never print.
from multiprocessing import Pool
import time

def slow(x):
    time.sleep(5)
    print('never', x)

if __name__ == '__main__':
    p = Pool(2)
    for i in range(4):
        p.apply_async(slow, (i,))
    time.sleep(0.2)
    print('end')
