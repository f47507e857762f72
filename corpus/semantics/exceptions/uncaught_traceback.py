# -*- coding:utf-8 -*-
# 未捕获的异常: 穿过两层函数, 打印 traceback 到 stderr, 退出码为 1

def read(q):
    print('reading from queue of size', len(q))
    return q['missing']

def worker(q):
    print('worker start')
    value = read(q)
    print('never printed', value)

if __name__ == '__main__':
    print('main start')
    worker({'present': 1})
    print('never reached')
