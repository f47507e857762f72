# A Process target or a Pool function may be a built-in or library function, as
# pickle finds them by module and name: time.sleep to have a child to terminate,
# print with args and kwargs, sys.exit for an exit code, os.path and math
# functions mapped over a Pool.
import math
import os
import sys
import time
from multiprocessing import Pool, Process

if __name__ == "__main__":
    sleeper = Process(target=time.sleep, args=(5,))
    sleeper.start()
    print("sleeper alive:", sleeper.is_alive())
    sleeper.terminate()
    sleeper.join()
    print("sleeper exitcode:", sleeper.exitcode)

    speaker = Process(target=print, args=("hello", "from", "a child"), kwargs={"sep": "-"})
    speaker.start()
    speaker.join()
    print("speaker exitcode:", speaker.exitcode)

    for code in [0, 3, "bye"]:
        quitter = Process(target=sys.exit, args=(code,))
        quitter.start()
        quitter.join()
        print("sys.exit(%r) exitcode:" % (code,), quitter.exitcode)

    with Pool(2) as pool:
        print(pool.map(os.path.basename, ["/tmp/a.txt", "/usr/lib/b.py"]))
        print(pool.map(math.sqrt, [4, 9, 2.25]))
        print(pool.map(abs, [-3, 4, -5.5]))
        print(pool.apply(divmod, (17, 5)))
        print(pool.starmap(math.pow, [(2, 10), (3, 3)]))
