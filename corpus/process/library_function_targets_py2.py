# Python 2: a Process target or a Pool function may be a built-in or library
# function (pickle finds them by module and name): time.sleep to have a child to
# terminate, sys.exit for an exit code, os.path and math functions over a Pool.
import math
import os
import sys
import time
from multiprocessing import Pool, Process

if __name__ == "__main__":
    sleeper = Process(target=time.sleep, args=(5,))
    sleeper.start()
    print "sleeper alive:", sleeper.is_alive()
    sleeper.terminate()
    sleeper.join()
    print "sleeper exitcode:", sleeper.exitcode

    for code in [0, 3, "bye"]:
        quitter = Process(target=sys.exit, args=(code,))
        quitter.start()
        quitter.join()
        print "sys.exit(%r) exitcode:" % (code,), quitter.exitcode

    pool = Pool(2)
    print pool.map(os.path.basename, ["/tmp/a.txt", "/usr/lib/b.py"])
    print pool.map(math.sqrt, [4, 9, 2.25])
    print pool.map(abs, [-3, 4, -5.5])
    print pool.apply(divmod, (17, 5))
    pool.close()
    pool.join()
