# -*- coding:utf-8 -*-
# 元组: 函数返回多个值, 解包, 星号解包, 交换变量
import time

def task(task_name):
    print("开始做任务", task_name)
    start = time.time()
    time.sleep(0.1)
    end = time.time()
    # 返回一个元组, 这里只返回是否超过 0.05 秒, 不打印具体时间
    return "完成任务", task_name, (end - start) > 0.05

if __name__ == '__main__':
    result = task('吃饭')
    print(result)
    msg, name, slow = result
    print(msg, name, slow)
    first, *rest = [1, 2, 3, 4]
    print(first, rest)
    *init, last = 'abc'
    print(init, last)
    a, b = 1, 2
    a, b = b, a + b
    print(a, b)
    point = (3, 4)
    x, y = point
    print('distance^2 =', x * x + y * y)
    print(point + (5,), point * 2, (1,) * 3, ())
    print(len(point), point.index(4), point.count(3))
    for i, (k, v) in enumerate([('a', 1), ('b', 2)]):
        print(i, k, v)
    print(tuple(range(3)), tuple('hi'), (1, [2, 3]))
    print((1, 2) == (1, 2), (1, 2) < (1, 2, 0), max([(1, 'b'), (1, 'a')]))
