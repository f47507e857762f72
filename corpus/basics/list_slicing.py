# -*- coding:utf-8 -*-
# 列表: append, +=, 切片, 负索引, pop, insert, remove, index, sort

if __name__ == '__main__':
    L = [1, 2, 3]
    L.append(4)
    L += [5, 6]
    L += range(7, 10)
    print(L, len(L))
    print(L[0], L[-1], L[2:5], L[:3], L[7:], L[-3:], L[::2], L[::-1])
    print(L[1:8:3], L[100:], L[-100:2])
    L[0] = 100
    L[1:3] = ['a', 'b', 'c']
    print(L)
    del L[0]
    del L[-2:]
    print(L)
    print(L.pop(), L.pop(0), L)
    L.insert(0, 'first')
    L.insert(100, 'last')
    print(L)
    L.remove('c')
    print(L.index(4), L.count('b'))
    nums = [5, 3, 8, 1, 9, 2]
    nums.sort()
    print(nums)
    nums.sort(reverse=True)
    print(nums)
    nums.reverse()
    print(nums, sorted(nums, reverse=True))
    grid = [[0] * 3 for _ in range(2)]
    grid[0][1] = 5
    print(grid)
    shared = [[0] * 3] * 2
    shared[0][1] = 5
    print(shared)
    copy = nums[:]
    copy.append(99)
    print(nums[-1], copy[-1], nums == copy[:-1])
    print([1, 2] * 3, [] + [1], list('abc'))
