# A task returns an object's attributes (obj.__dict__ / vars(obj)): on the
# other side it is a plain dict, a copy, and type() of it is dict.
from multiprocessing import Pool

class Job(object):
    def __init__(self, name, size):
        self.name = name
        self.size = size

    def run(self):
        self.done = True
        return self.__dict__

def describe(i):
    job = Job("job-%d" % i, i * 10)
    return vars(job)

if __name__ == '__main__':
    job = Job("local", 1)
    print(type(job.__dict__) is dict, type(vars(job)).__name__)
    with Pool(2) as pool:
        for d in pool.map(describe, range(3)):
            print(sorted(d.items()), type(d).__name__)
        state = pool.apply(job.run)
        print(state, "done" in vars(job))
        state["size"] = 99
        print(job.size)
