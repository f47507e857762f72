# Python 2: Pool methods called without their required arguments raise
# 2.7's TypeError ("takes at least N arguments").
from multiprocessing import Pool

def square(x):
    return x * x

if __name__ == '__main__':
    pool = Pool(2)
    for name, call in [("apply", lambda: pool.apply()),
                       ("imap_unordered", lambda: pool.imap_unordered())]:
        try:
            call()
        except TypeError, e:
            print "%s: %s" % (name, e)
    try:
        pool.apply_async()
    except TypeError, e:
        print "direct:", e
    print pool.map(square, [1, 2, 3])
    pool.close()
    pool.join()
