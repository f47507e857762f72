# py2ts-mp only (CPython waits for these tasks forever): a worker that dies while
# running a task is replaced, and the task fails with ProcessError.
from multiprocessing import Pool, ProcessError, Value
import sys
import time

started = None

def init(counter):
    global started
    started = counter

def leave(code):
    sys.exit(code)

def nap(x):
    with started.get_lock():
        started.value += 1
    time.sleep(x)
    return x

def square(x):
    return x * x

if __name__ == '__main__':
    counter = Value('i', 0)
    p = Pool(2, initializer=init, initargs=(counter,))
    r = p.apply_async(leave, (3,))
    try:
        r.get(timeout=10)
    except ProcessError as e:
        print('ProcessError', 'exit code 3' in str(e))
    print(p.map(square, range(5)), len(p._pool))
    slow = p.apply_async(nap, (30,))
    chunks = p.map_async(nap, [30])
    while counter.value < 2:   # both tasks are running
        time.sleep(0.01)
    for w in list(p._pool):
        w.terminate()
    for result in (slow, chunks):
        try:
            result.get(timeout=10)
        except ProcessError as e:
            print('ProcessError', 'exit code -15' in str(e))
    print(p.map(square, range(3)), len(p._pool))
    p.close()
    p.join()
    print('end')
