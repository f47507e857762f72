# -*- coding:utf-8 -*-
# Executor.map: 结果按输入的顺序返回; 多个可迭代对象; chunksize; 异常在取到那个结果时抛出
import concurrent.futures

PRIMES = [1000003, 1000033, 1000037, 1000039, 1000081, 1000099, 999999]

def is_prime(n):
    if n < 2:
        return False
    if n % 2 == 0:
        return n == 2
    sqrt_n = int(n ** 0.5)
    for i in range(3, sqrt_n + 1, 2):
        if n % i == 0:
            return False
    return True

def power(base, exp):
    return base ** exp

def check(x):
    if x == 3:
        raise ValueError('不要 3')
    return x

if __name__ == '__main__':
    with concurrent.futures.ProcessPoolExecutor(max_workers=2) as executor:
        for number, prime in zip(PRIMES, executor.map(is_prime, PRIMES)):
            print('%d is prime: %s' % (number, prime))
        print(list(executor.map(power, [2, 3, 4], [5, 2, 0])))
        print(list(executor.map(power, range(10), [2] * 10, chunksize=3)))
        results = executor.map(check, [1, 2, 3, 4])
        try:
            for r in results:
                print('得到', r)
        except ValueError as e:
            print('map 抛出:', e)
