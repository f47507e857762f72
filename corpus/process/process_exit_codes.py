# -*- coding:utf-8 -*-
# exitcode: None (还没结束), 0 (正常), sys.exit(n) 的 n, 未捕获异常为 1, 被 terminate 为 -15
from multiprocessing import Process
import sys
import time

def normal():
    print('normal child runs')

def exits_with(code):
    print('child calls sys.exit(%r)' % (code,))
    sys.stdout.flush()
    sys.exit(code)

def sleeper():
    time.sleep(10)

if __name__ == '__main__':
    p = Process(target=normal)
    print('before start:', p.exitcode, p.is_alive())
    p.start()
    p.join()
    print('normal:', p.exitcode, p.is_alive())
    for code in [0, 3, 255, None, True, False]:
        c = Process(target=exits_with, args=(code,))
        c.start()
        c.join()
        print('sys.exit(%r) -> exitcode %r' % (code, c.exitcode))
    s = Process(target=sleeper)
    s.start()
    time.sleep(0.3)
    print('sleeper alive:', s.is_alive(), 'exitcode', s.exitcode)
    s.terminate()
    s.join()
    print('terminated:', s.exitcode, s.is_alive())
