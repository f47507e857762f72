# CPU-bound: a float loop (a series for pi / 4).
import time


def leibniz(n):
    total = 0.0
    sign = 1.0
    for i in range(n):
        total += sign / (2 * i + 1)
        sign = -sign
    return total


if __name__ == '__main__':
    started = time.perf_counter()
    result = leibniz(10000000)
    elapsed = time.perf_counter() - started
    print(repr(result * 4))
    print('elapsed %.3f' % elapsed)
