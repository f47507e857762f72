# 16 processes print under one Lock; each line is whole and every process prints all of its lines.
from multiprocessing import Process, Lock
lock = Lock()
def work(n):
    for i in range(5):
        lock.acquire()
        try:
            print('worker', n, 'line', i)
        finally:
            lock.release()
if __name__ == '__main__':
    ps = [Process(target=work, args=(n,)) for n in range(16)]
    for p in ps:
        p.start()
    for p in ps:
        p.join()
    print('done', [p.exitcode for p in ps])
