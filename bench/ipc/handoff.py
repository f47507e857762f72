# bench/ipc's floor on the CPython side: a bare round trip between two processes
# through two os.pipe()s (one byte each way), as multiprocessing's Pipe ends up
# doing under its pickling. python3 handoff.py <n> prints microseconds per round trip.
import os
import sys
import time

n = int(sys.argv[1])
to_child_r, to_child_w = os.pipe()
to_parent_r, to_parent_w = os.pipe()
pid = os.fork()
if pid == 0:
    while True:
        b = os.read(to_child_r, 1)
        if b == b'q':
            os._exit(0)
        os.write(to_parent_w, b)
os.write(to_child_w, b'x')
os.read(to_parent_r, 1)
start = time.perf_counter()
for i in range(n):
    os.write(to_child_w, b'x')
    os.read(to_parent_r, 1)
elapsed = time.perf_counter() - start
os.write(to_child_w, b'q')
os.waitpid(pid, 0)
print('%.2f' % (elapsed / n * 1e6))
