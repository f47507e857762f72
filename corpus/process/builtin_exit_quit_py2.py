# -*- coding:utf-8 -*-
# 内置的 exit() / quit() (不是 sys.exit): 子进程用它们结束, exitcode 就是参数
from multiprocessing import Process


def worker(how, code):
    print 'worker %s(%r)' % (how, code)
    if how == 'exit':
        exit(code)
    quit(code)


if __name__ == '__main__':
    try:
        exit()
    except SystemExit as e:
        print 'exit() ->', e.args, e.code
    try:
        quit(2)
    except SystemExit as e:
        print 'quit(2) ->', e.args, e.code
    for how, code in [('exit', 0), ('exit', 4), ('quit', None), ('quit', 'bye')]:
        p = Process(target=worker, args=(how, code))
        p.start()
        p.join()
        print '%s(%r): exitcode %r' % (how, code, p.exitcode)
    print 'main calls exit(3)'
    exit(3)
