# -*- coding:utf-8 -*-
# Manager: 子进程往共享的 dict 里写平方, 往共享的 list 里追加一段 range
from multiprocessing import Process, Manager

def func(dt, lt):
    for i in range(10):
        key = 'arg' + str(i)
        dt[key] = i * i

    lt += range(11, 16)

if __name__ == "__main__":
    manager = Manager()
    dt = manager.dict()
    lt = manager.list()

    p = Process(target=func, args=(dt, lt))
    p.start()
    p.join()
    print dt, '\n', lt
    print len(dt), len(lt), dt['arg3'], lt[-1]
    print sorted(dt.keys())
    print type(dt).__name__, type(lt).__name__
