# -*- coding:utf-8 -*-
# Python 3: 10/2 是 5.0, 整数除法用 //, 结果类型跟着操作数走

def describe(label, value):
    print('%-10s %-6r %s' % (label, value, type(value).__name__))

if __name__ == '__main__':
    describe('10/2', 10 / 2)
    describe('10//2', 10 // 2)
    describe('10.0//2', 10.0 // 2)
    describe('9/3', 9 / 3)
    describe('1/4', 1 / 4)
    describe('-1//4', -1 // 4)
    describe('7%2.0', 7 % 2.0)
    describe('2**2', 2 ** 2)
    describe('2**-1', 2 ** -1)
    describe('4**0.5', 4 ** 0.5)
    describe('True/2', True / 2)
    describe('True+1', True + 1)
    describe('3*1.0', 3 * 1.0)
    describe('int(5.0)', int(5.0))
    half = 10 / 2
    items = [0, 1, 2, 3, 4, 5]
    try:
        print(items[half])
    except TypeError as e:
        print('TypeError:', e)
    print(items[int(half)], items[10 // 2])
    print([i / 2 for i in range(5)])
    print(sum(i / 2 for i in range(4)), sum([1.5, 2.5]))
