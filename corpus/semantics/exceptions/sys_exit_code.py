# -*- coding:utf-8 -*-
# sys.exit(3): 退出码为 3; finally 仍会执行; SystemExit 可以被捕获
import sys

def stop(code):
    print('stopping with', code)
    sys.exit(code)

if __name__ == '__main__':
    try:
        stop(5)
    except SystemExit as e:
        print('caught SystemExit, code =', e.code, repr(e))
    try:
        sys.exit()
    except SystemExit as e:
        print('no argument, code =', e.code)
    try:
        stop(1)
    except Exception:
        print('never: SystemExit is not an Exception')
    except BaseException as e:
        print('BaseException caught', type(e).__name__, e.code)
    print(issubclass(SystemExit, Exception), issubclass(SystemExit, BaseException))
    try:
        print('about to exit for real')
        sys.stdout.flush()
        stop(3)
    finally:
        print('finally still runs')
    print('never printed')
