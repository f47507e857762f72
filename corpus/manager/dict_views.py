# -*- coding:utf-8 -*-
# 把字典的 keys()/items() 交给 Manager: 用过 Manager 之后字典视图按列表传送
from multiprocessing import Process, Queue, Manager

scores = {'张三': 90, '李四': 85}


def report(shared, names):
    names.extend(scores.keys())
    shared.update(scores.items())


if __name__ == '__main__':
    print(type(scores.keys()), type(scores.items()).__name__)
    q = Queue()
    try:
        q.put(scores.items())
        print(q.get(timeout=1))
    except Exception as e:
        print('before Manager:', type(e).__name__)
    with Manager() as m:
        shared = m.dict(scores.items())
        names = m.list(scores.keys())
        p = Process(target=report, args=(shared, names))
        p.start()
        p.join()
        print(shared, names)
        print(m.list(scores.values()))
        q.put(scores.items())
        print(q.get(timeout=1))
