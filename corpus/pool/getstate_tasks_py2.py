# Python 2: an argument's __getstate__ decides what the worker gets, and its
# __setstate__ rebuilds it there (cPickle protocol 2).
from multiprocessing import Pool, Lock

class Config(object):
    def __init__(self, name):
        self.name = name
        self.log = Lock()

    def __getstate__(self):
        return {'name': self.name}

    def __setstate__(self, state):
        self.name = state['name'].upper()
        self.log = None

def use(config):
    return config.name, config.log, sorted(vars(config))

class Result(object):
    def __init__(self, n):
        self.n = n
        self.scratch = [0] * n

    def __getstate__(self):
        return {'n': self.n}

def work(n):
    return Result(n)

if __name__ == '__main__':
    c = Config('alpha')
    pool = Pool(2)
    print pool.apply(use, (c,))
    print [sorted(vars(r).items()) for r in pool.map(work, [2, 4])]
    pool.close()
    pool.join()
    print c.name, c.log is not None
