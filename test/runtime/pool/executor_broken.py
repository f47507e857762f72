# A worker of a ProcessPoolExecutor is terminated: the executor is broken, every
# pending future fails with BrokenProcessPool, and submit() refuses.
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
import sys
import time

def nap(x):
    time.sleep(x)
    return x

def leave(code):
    sys.exit(code)

if __name__ == '__main__':
    ex = ProcessPoolExecutor(max_workers=2)
    print(ex.submit(nap, 0).result())
    try:
        ex.submit(leave, 3).result()
    except SystemExit as e:
        print('SystemExit', e.code)
    futures = [ex.submit(nap, 5) for i in range(4)]
    time.sleep(0.3)
    list(ex._processes.values())[0].terminate()
    for f in futures:
        try:
            f.result(timeout=10)
        except BrokenProcessPool as e:
            print('BrokenProcessPool:', e)
    try:
        ex.submit(nap, 0)
    except BrokenProcessPool as e:
        print('submit:', e)
    ex.shutdown()
    print('end')
