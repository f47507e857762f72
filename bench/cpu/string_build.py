# CPU-bound: building strings (concatenation, formatting, join).
import time


def build(n):
    parts = []
    line = ''
    for i in range(n):
        word = 'item%d' % i
        line += word[-1]
        if len(line) > 60:
            parts.append(line)
            line = ''
    return '\n'.join(parts) + line


if __name__ == '__main__':
    started = time.perf_counter()
    text = build(2000000)
    elapsed = time.perf_counter() - started
    print(len(text), text[:20])
    print('elapsed %.3f' % elapsed)
