# CPU-bound: an int loop whose values go past 2**53 (exact big integers).
import time


def sum_of_cubes(n):
    total = 0
    for i in range(n):
        total += i * i * i
    return total


def fibonacci(n):
    a, b = 0, 1
    for _ in range(n):
        a, b = b, a + b
    return a


if __name__ == '__main__':
    started = time.perf_counter()
    cubes = sum_of_cubes(2000000)
    fib = fibonacci(20000)
    elapsed = time.perf_counter() - started
    print(cubes, len(str(fib)), fib % 1000000007)
    print('elapsed %.3f' % elapsed)
