# -*- coding:utf-8 -*-
# 内置类型的方法 (str.upper, str.split, list.count ...) 也可以作为任务: pickle 按 "类型.名字" 找到它们
from multiprocessing import Pool, Process, Queue


def show(q):
    method = q.get()
    print('child got', method, method('  tab  '))


if __name__ == '__main__':
    words = ['apple', 'Banana', 'cherry pie']
    with Pool(2) as pool:
        print(pool.map(str.upper, words))
        print(pool.map(str.split, words))
        print(pool.starmap(str.replace, [('a-b-c', '-', '+'), ('xyx', 'x', 'z')]))
        print(pool.starmap(list.count, [([1, 2, 1], 1), (['a'], 'b')]))
        print(pool.apply(dict.fromkeys, ('ab', 0)))
        print(pool.map(float.is_integer, [1.0, 2.5]), pool.map(int.bit_length, [1, 255, 1024]))
    q = Queue()
    p = Process(target=show, args=(q,))
    p.start()
    q.put(str.strip)
    p.join()
    print('exit code', p.exitcode)
