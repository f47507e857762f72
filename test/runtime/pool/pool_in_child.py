# A child process can own a pool; a pool worker (daemonic) cannot.
from multiprocessing import Process, Pool, current_process

def square(x):
    return x * x

def nested(x):
    try:
        Pool(1)
    except AssertionError as e:
        return str(e)

def child():
    with Pool(2) as p:
        print(current_process().name, p.map(square, range(4)))
        print(p.apply(nested, (1,)))
        print(sorted(set(p.map(worker_name, range(4), chunksize=1))) != [])

def worker_name(x):
    return current_process().name.startswith('ForkPoolWorker')

if __name__ == '__main__':
    c = Process(target=child)
    c.start()
    c.join()
    print(c.exitcode)
