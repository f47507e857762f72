# Lambdas defined under `if __name__ == "__main__":` and handed to children: a
# Process target, a function inside a Process's args. A fork copies them (and the
# globals they read), so each child can call them; pool.map cannot pickle one.
import multiprocessing as mp


def apply_twice(fn, value):
    print("apply_twice:", fn(fn(value)))


if __name__ == "__main__":
    prefix = "child says"
    announce = lambda name: print(prefix, name)
    increment = lambda x: x + 1

    p = mp.Process(target=announce, args=("hello",))
    p.start()
    p.join()
    print("announce exitcode:", p.exitcode)

    p = mp.Process(target=apply_twice, args=(increment, 40))
    p.start()
    p.join()

    pool = mp.Pool(2)
    try:
        pool.map(increment, [1])
    except Exception as e:
        print("pool.map(increment) failed:", type(e).__name__)
    pool.close()
    pool.join()
    print(sorted([3, 1, 2], key=lambda v: -v))
