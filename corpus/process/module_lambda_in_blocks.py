# Module-level lambdas defined inside the module's if/else and try blocks (a
# version check, a setting parsed at import): forked children inherit them like
# any global, so a child's function can call them; pool.map cannot pickle one.
import sys
from multiprocessing import Pool, Process

if sys.version_info[0] >= 3:
    describe = lambda x: "py3 sees %r" % (x,)
else:
    describe = lambda x: "py2 sees %r" % (x,)

try:
    LIMIT = int("12")
    root = lambda n: min(int(n ** 0.5), LIMIT)
except ValueError:
    root = lambda n: int(n ** 0.5)


def show(n):
    print(describe(n), "root", root(n))


def work(n):
    return root(n) * 10


if __name__ == "__main__":
    p = Process(target=show, args=(17,))
    p.start()
    p.join()
    print("exitcode:", p.exitcode)
    with Pool(2) as pool:
        print(pool.map(work, [4, 10, 99]))
        try:
            pool.map(root, [1])
        except Exception as e:
            print("pool.map(root) failed:", type(e).__name__)
