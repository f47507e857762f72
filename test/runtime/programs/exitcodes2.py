# Python 2. sys.exit() in a child is exit code 1 there, and reprs have the 2.7 shape.
from multiprocessing import Process, current_process
import sys, time

def leave(code):
    sys.exit(code)

def bare_exit():
    sys.exit()

def sleeper():
    time.sleep(5)

def boom():
    raise ValueError('v')

if __name__ == '__main__':
    print repr(current_process())
    for code in [None, 0, 4]:
        p = Process(target=leave, args=(code,))
        p.start()
        p.join()
        print 'exit', repr(code), p.exitcode
    p = Process(target=bare_exit)
    print repr(p)
    p.start()
    p.join()
    print 'bare exit', p.exitcode, repr(p)
    s = Process(target=sleeper, name='sleepy')
    s.daemon = True
    s.start()
    print repr(s)
    s.terminate()
    s.join()
    print repr(s)
    q = Process(target=boom)
    q.start()
    q.join()
    print repr(q)
