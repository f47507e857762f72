# -*- coding:utf-8 -*-
# Process 的使用错误: 重复 start, 未 start 就 join, 非法的 target 参数
from multiprocessing import Process

def hello(name):
    print('hello', name)

if __name__ == '__main__':
    p = Process(target=hello, args=('once',))
    try:
        p.join()
    except AssertionError as e:
        print('AssertionError:', e)
    p.start()
    p.join()
    try:
        p.start()
    except AssertionError as e:
        print('AssertionError:', e)
    bad = Process(target=hello, args=('a', 'b'))
    bad.start()
    bad.join()
    print('bad args exitcode:', bad.exitcode)
    try:
        Process(target=hello, args=('x',), bogus=1)
    except TypeError as e:
        print('TypeError:', e)
    none_target = Process()
    none_target.start()
    none_target.join()
    print('no target exitcode:', none_target.exitcode)
