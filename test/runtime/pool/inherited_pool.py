# py2ts-mp only: a process started while the program holds a pool and its results
# inherits copies; a finished result keeps its value, the pool cannot be used there
# (CPython's copy has no helper threads: its calls would wait forever).
from multiprocessing import Pool, Process

pool = None
done = None
pending = None

def square(x):
    return x * x

def nap(x):
    import time
    time.sleep(x)

def child():
    print('finished result:', done.get())
    try:
        pool.apply(square, (2,))
    except ValueError as e:
        print('pool:', e)
    try:
        pending.get()
    except NotImplementedError as e:
        print('pending result: NotImplementedError')

if __name__ == '__main__':
    pool = Pool(1)
    done = pool.apply_async(square, (7,))
    done.wait()
    pending = pool.apply_async(nap, (2,))
    c = Process(target=child)
    c.start()
    c.join()
    pool.terminate()
    print('end', c.exitcode)
