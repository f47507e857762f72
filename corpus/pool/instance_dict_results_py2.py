# Python 2: a task returns an object's attributes (vars(obj)); it comes back
# as a plain dict.
from multiprocessing import Pool

class Job(object):
    def __init__(self, name, size):
        self.name = name
        self.size = size

def describe(i):
    job = Job("job-%d" % i, i * 10)
    job.extra = [i]
    return vars(job)

if __name__ == '__main__':
    job = Job("local", 1)
    print type(job.__dict__) is dict, type(vars(job))
    pool = Pool(2)
    for d in pool.map(describe, range(3)):
        print sorted(d.items()), type(d).__name__
    results = [pool.apply_async(describe, (i,)) for i in (5, 6)]
    print [sorted(r.get().keys()) for r in results]
    pool.close()
    pool.join()
