# An object whose class has a Lock attribute cannot be pickled as it is; a
# __getstate__ that leaves the lock out, and a __setstate__ that makes a new
# one, let its bound method be a pool task. Only the state goes to the worker.
from multiprocessing import Pool, Lock

class Scaler(object):
    def __init__(self, factor):
        self.factor = factor
        self.lock = Lock()
        self.calls = 0

    def __getstate__(self):
        state = self.__dict__.copy()
        del state['lock']
        return state

    def __setstate__(self, state):
        self.__dict__.update(state)
        self.lock = Lock()
        self.copied = True

    def scale(self, x):
        with self.lock:
            self.calls += 1
            return x * self.factor, self.calls, getattr(self, 'copied', False)

class Summary(object):
    def __init__(self, items):
        self.items = items
        self.total = sum(items)

    def __getstate__(self):
        return {'total': self.total}

def summarize(n):
    return Summary(list(range(n)))

if __name__ == '__main__':
    s = Scaler(3)
    with Pool(2) as pool:
        print(pool.map(s.scale, [1, 2, 3], chunksize=3))
        print(pool.apply(s.scale, (10,)))
        for r in pool.map(summarize, [3, 5]):
            print(type(r).__name__, sorted(vars(r).items()))
    print(s.calls, hasattr(s, 'copied'))
