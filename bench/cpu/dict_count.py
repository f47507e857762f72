# CPU-bound: counting words in a dict.
import time


def count(words, rounds):
    counts = {}
    for _ in range(rounds):
        for w in words:
            counts[w] = counts.get(w, 0) + 1
    return counts


if __name__ == '__main__':
    words = ['w%d' % (i % 997) for i in range(5000)]
    started = time.perf_counter()
    counts = count(words, 400)
    elapsed = time.perf_counter() - started
    print(len(counts), counts['w0'], counts['w996'], sum(counts.values()))
    print('elapsed %.3f' % elapsed)
