from multiprocessing import Process, current_process
import os

def f(name):
    print('hello', name, current_process().name, os.getppid() == PARENT)

if __name__ == '__main__':
    PARENT = os.getpid()
    p = Process(target=f, args=('bob',))
    p.start()
    p.join()
    print('exit', p.exitcode, p.pid != os.getpid())
