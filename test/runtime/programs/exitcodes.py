from multiprocessing import Process
import sys

def boom():
    raise ValueError('boom')

def leave(code):
    sys.exit(code)

def bare_exit():
    sys.exit()

if __name__ == '__main__':
    for code in [None, 0, 3, 300, -1, 'bye', True]:
        p = Process(target=leave, args=(code,))
        p.start()
        p.join()
        print('exit', repr(code), p.exitcode)
        sys.stdout.flush()
    p = Process(target=bare_exit)
    p.start()
    p.join()
    print('bare exit', p.exitcode)
    p = Process(target=boom, name='Boomer')
    p.start()
    p.join()
    print('boom', p.exitcode)
