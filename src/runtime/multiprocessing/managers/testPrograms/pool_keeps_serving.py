# A manager's Pool: while callers wait on it (a task blocked on the manager's own
# Event, the main process in map), the server keeps serving other calls, the
# pool's tasks reach the server's objects, and a pool left running when the
# manager shuts down ends with it.
from multiprocessing import Manager, Process
import time

def wait_for(event, d):
    d['waiting'] = True
    event.wait()
    return 'released'

def square(x):
    return x * x

def slow(x):
    time.sleep(0.02)
    return x

def writer(d):
    for i in range(20):
        d[i] = i

if __name__ == '__main__':
    manager = Manager()
    d = manager.dict()
    event = manager.Event()
    pool = manager.Pool(2)
    blocked = pool.apply_async(wait_for, (event, d))
    while not d.get('waiting'):
        time.sleep(0.01)
    print(blocked.ready(), pool.apply(square, (12,)))
    blocked.wait(0.05)
    print(blocked.ready())
    event.set()
    print(blocked.get(timeout=5))
    child = Process(target=writer, args=(d,))
    child.start()
    print(pool.map(slow, range(8)))
    child.join()
    print(len(d), d[19])
    it = pool.imap(slow, range(3))
    print(next(it), list(it))
    left = pool.apply_async(slow, (1,))
    manager.shutdown()
    print('shut down')
