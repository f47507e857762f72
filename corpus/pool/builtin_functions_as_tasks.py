# -*- coding:utf-8 -*-
# 内置函数和类型也可以作为任务 (pickle 按名字找到它们); range 和 slice 对象可以作为参数和结果
from multiprocessing import Pool

if __name__ == '__main__':
    with Pool(2) as p:
        print(p.map(range, [1, 3]))
        print(p.map(slice, [1, 3]))
        print(p.map(str, [1, 2.5, None]), p.map(int, ['7', '8']), p.map(float, ['1.5']))
        print(p.apply(len, (range(5),)), p.apply(sorted, ([3, 1, 2],)), p.apply(max, (4, 9, 2)))
        print(p.starmap(divmod, [(7, 2), (9, 4)]), p.starmap(pow, [(2, 10)]))
        print(p.apply(list, (range(2, 8, 3),)), p.apply(tuple, ('ab',)), p.apply(dict, ([('k', 1)],)))
        print(p.map(abs, [-1, -2.5]), p.apply(repr, (slice(1, 2),)))
