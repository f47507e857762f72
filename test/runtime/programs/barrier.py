# A Barrier of four parties (three children and the main process), two rounds;
# the action runs once per round, in the last process to arrive.
from multiprocessing import Process, Barrier, Lock

def report():
    print('action')

def worker(barrier, lock, n):
    barrier.wait()
    with lock:
        print('passed', n)
    barrier.wait()

if __name__ == '__main__':
    b = Barrier(4, action=report)
    lock = Lock()
    ps = [Process(target=worker, args=(b, lock, i)) for i in range(3)]
    for p in ps:
        p.start()
    b.wait()
    b.wait()
    for p in ps:
        p.join()
    print('done', b.broken, b.n_waiting, [p.exitcode for p in ps])
