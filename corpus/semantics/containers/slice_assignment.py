# -*- coding:utf-8 -*-
# 切片赋值: 长度可以不同, 扩展切片要求长度相同, del 切片

if __name__ == '__main__':
    L = list(range(10))
    L[2:5] = ['a', 'b']
    print(L)
    L[2:2] = [100, 200, 300]
    print(L)
    L[:3] = []
    print(L)
    L[-2:] = 'xyz'
    print(L)
    L[::2] = [0] * len(L[::2])
    print(L)
    L[len(L):] = [7, 8]
    print(L)
    del L[::3]
    print(L)
    del L[1:3]
    print(L)
    L[:] = range(4)
    print(L)
    alias = L
    L[:] = [9, 9]
    print(alias, alias is L)
    L[5:10] = [1]
    print(L)
    M = [1, 2, 3, 4, 5, 6]
    M[::-2] = ['a', 'b', 'c']
    print(M)
    try:
        M[::2] = [1, 2]
    except ValueError as e:
        print('ValueError:', e)
    try:
        M[1:2] = 5
    except TypeError as e:
        print('TypeError:', e)
    N = [0, 1, 2, 3]
    N[1:3] = N
    print(N)
    lt = []
    lt += range(11, 16)
    lt[1:4] = []
    print(lt)
