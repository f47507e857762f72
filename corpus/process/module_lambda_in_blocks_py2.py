# Python 2: module-level lambdas defined inside the module's if/else and try
# blocks are inherited by forked children like any global; pool.map cannot
# pickle one.
import sys
from multiprocessing import Pool, Process

if sys.version_info[0] >= 3:
    describe = lambda x: "py3 sees %r" % (x,)
else:
    describe = lambda x: "py2 sees %r" % (x,)

try:
    LIMIT = int("x12")
    root = lambda n: min(int(n ** 0.5), LIMIT)
except ValueError, e:
    root = lambda n: int(n ** 0.5)


def show(n):
    print describe(n), "root", root(n)


def work(n):
    return root(n) * 10


if __name__ == "__main__":
    p = Process(target=show, args=(17,))
    p.start()
    p.join()
    print "exitcode:", p.exitcode
    pool = Pool(2)
    print pool.map(work, [4, 10, 99, 400])
    try:
        pool.map(root, [1])
    except Exception, e:
        print "pool.map(root) failed:", type(e).__name__
    pool.close()
    pool.join()
