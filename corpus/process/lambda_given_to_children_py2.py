# Python 2: lambdas defined under `if __name__ == "__main__":` and handed to
# children (a Process target, a function inside a Process's args) are copied by
# the fork, with the globals they read.
import multiprocessing
import sys


def apply_twice(fn, value):
    print "apply_twice:", fn(fn(value))


if __name__ == "__main__":
    prefix = "child says"
    announce = lambda name: sys.stdout.write("%s %s\n" % (prefix, name))
    increment = lambda x: x + 1

    p = multiprocessing.Process(target=announce, args=("hello",))
    p.start()
    p.join()
    print "announce exitcode:", p.exitcode

    p = multiprocessing.Process(target=apply_twice, args=(increment, 40))
    p.start()
    p.join()
    print sorted([3, 1, 2], key=lambda v: -v)
