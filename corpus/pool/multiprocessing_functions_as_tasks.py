# multiprocessing's own functions as pool tasks: they pickle by name like any
# library function. A worker's current_process() cannot come back (a Process
# carries its authkey), which get() reports as MaybeEncodingError.
import multiprocessing
from multiprocessing import Pool
from multiprocessing.pool import MaybeEncodingError

if __name__ == '__main__':
    pool = Pool(processes=2)
    print(pool.apply(multiprocessing.cpu_count) == multiprocessing.cpu_count())
    print(pool.apply(multiprocessing.active_children))
    print("starmap:", sorted(set(pool.starmap(multiprocessing.cpu_count, [(), ()]))) == [multiprocessing.cpu_count()])
    r = pool.apply_async(multiprocessing.current_process)
    r.wait()
    print(r.ready(), r.successful())
    try:
        r.get()
    except MaybeEncodingError as e:
        print(type(e).__name__, "Reason:", str(e).split("Reason: ")[1])
    pool.close()
    pool.join()
