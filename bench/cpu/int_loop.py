# CPU-bound: an int loop whose values stay within 2**53.
import time


def work(n):
    total = 0
    for i in range(n):
        total += i * i % 7
    return total


if __name__ == '__main__':
    started = time.perf_counter()
    result = work(10000000)
    elapsed = time.perf_counter() - started
    print(result)
    print('elapsed %.3f' % elapsed)
