# CPU-bound: filling and rewriting a bytearray (append, +=, item get/set, slices).
import time


def build(n):
    buf = bytearray()
    for i in range(n):
        buf.append(i & 0xff)
        if i % 64 == 63:
            buf += b'\r\n'
    checksum = 0
    for i in range(len(buf)):
        buf[i] = (buf[i] * 7 + 1) & 0xff
        checksum = (checksum + buf[i]) % 65521
    return checksum, len(buf), bytes(buf[:8])


if __name__ == '__main__':
    started = time.perf_counter()
    result = build(2000000)
    elapsed = time.perf_counter() - started
    print(result)
    print('elapsed %.3f' % elapsed)
