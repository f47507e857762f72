# -*- coding:utf-8 -*-
# Module globals read by functions: a function may run before the global's
# assignment (NameError), after it (its value), or in a child process started
# before the assignment (the child never got the name: NameError there too).
from multiprocessing import Process


def report():
    try:
        print('配置:', config)
    except NameError as e:
        print('NameError:', e)


def child_task():
    try:
        print('child sees', config)
    except NameError as e:
        print('child NameError:', e)


report()
if __name__ == '__main__':
    p = Process(target=child_task)
    p.start()
    p.join()
    config = {'workers': 2}
    report()
    p = Process(target=child_task)
    p.start()
    p.join()
    del config
    report()
