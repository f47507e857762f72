# Arguments and results larger than the pool's rings stream through them.
from multiprocessing import Pool

def size(s):
    return len(s), s[:3]

def make(n):
    return 'x' * n

if __name__ == '__main__':
    with Pool(2) as p:
        data = ['%d' % i + 'y' * 3000000 for i in range(3)]
        print(p.map(size, data))
        print([len(s) for s in p.map(make, [2500000, 10, 1500000])])
        print(len(p.apply(make, (5000000,))))
        print(p.map(len, [list(range(200000))] * 4))
        print(sum(p.map(abs, range(-100000, 100000))))
