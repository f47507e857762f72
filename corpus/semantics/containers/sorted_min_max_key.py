# -*- coding:utf-8 -*-
# sorted / list.sort / min / max: key=, reverse=, 稳定排序, default=

tasks = [('听音乐', 3), ('吃饭', 1), ('洗衣服', 3), ('打游戏', 2), ('散步', 1)]

if __name__ == '__main__':
    print(sorted([5, 2, 9, 1]), sorted([5, 2, 9, 1], reverse=True))
    print(sorted(tasks, key=lambda t: t[1]))
    print(sorted(tasks, key=lambda t: t[1], reverse=True))
    print(sorted(tasks, key=lambda t: (-t[1], t[0])))
    words = ['banana', 'Apple', 'cherry', 'date', 'Egg']
    print(sorted(words), sorted(words, key=str.lower), sorted(words, key=len))
    print(min(words), max(words), min(words, key=len), max(words, key=len))
    print(min([], default='empty'), max([3, 1], default=0), min(4, 2, 8), max('abc', 'abd'))
    print(max([1, 3, 3, 2], key=lambda v: v % 3), min([(1, 'b'), (1, 'a')]))
    nums = [3, -1, 4, -1, 5, -9]
    nums.sort(key=abs)
    print(nums)
    nums.sort()
    print(nums, sorted(nums, key=lambda v: v * v))
    print(sorted('hello'), sorted({3: 'c', 1: 'a', 2: 'b'}), sorted((2.5, 1, True)))
    print(sorted([[2, 1], [1, 5], [1, 2]]), sorted([(1, 'x'), (0, 'y')], key=lambda p: p[1]))
    print(sorted(range(10), key=lambda v: v % 3))
    try:
        sorted([1, 'a', 2])
    except TypeError as e:
        print('TypeError:', e)
    try:
        min([])
    except ValueError as e:
        print('ValueError:', e)
    records = {'a.jpg': 3, 'b.jpg': 1, 'c.jpg': 2}
    print(max(records, key=records.get), sorted(records.items(), key=lambda kv: kv[1]))
