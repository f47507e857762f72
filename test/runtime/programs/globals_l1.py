# Python 2. The article's L1 example: each child changes its own copy of L1.
from multiprocessing import Process
L1 = [1, 2, 3]
def add(a, b):
    global L1
    L1 += range(a, b)
    print L1
if __name__ == '__main__':
    p1 = Process(target=add, args=(20, 30))
    p2 = Process(target=add, args=(30, 40))
    p1.start()
    p2.start()
    p1.join()
    p2.join()
    print L1
