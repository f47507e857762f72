# -*- coding:utf-8 -*-
# Python 2: keys()/items() 本来就是列表; viewkeys() 的类型
from multiprocessing import Process, Manager

scores = {'zhang': 90}


def report(shared, names):
    names.extend(scores.keys())
    shared.update(scores.items())


if __name__ == '__main__':
    print type(scores.viewkeys()), type(scores.viewitems()).__name__, type(scores.keys())
    m = Manager()
    shared = m.dict(scores.items())
    names = m.list(scores.keys())
    p = Process(target=report, args=(shared, names))
    p.start()
    p.join()
    print shared, names
    m.shutdown()
