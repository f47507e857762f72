# CPU-bound: indexing a list by ints (a bubble sort: reads, compares, swaps).
import time


def bubble(xs):
    n = len(xs)
    for i in range(n):
        for j in range(n - i - 1):
            if xs[j] > xs[j + 1]:
                xs[j], xs[j + 1] = xs[j + 1], xs[j]
    return xs


if __name__ == '__main__':
    data = [(i * 7919) % 3001 for i in range(3000)]
    started = time.perf_counter()
    result = bubble(data)
    elapsed = time.perf_counter() - started
    print(result[:3], result[-3:], sum(result))
    print('elapsed %.3f' % elapsed)
