# Four processes increment a Value and every element of an Array under their
# locks: no update is lost.
from multiprocessing import Process, Value, Array

def add(v, a, n):
    for i in range(n):
        with v.get_lock():
            v.value += 1
        with a.get_lock():
            for k in range(len(a)):
                a[k] += 1

if __name__ == '__main__':
    v = Value('i', 0)
    a = Array('d', 4)
    ps = [Process(target=add, args=(v, a, 2000)) for i in range(4)]
    for p in ps:
        p.start()
    for p in ps:
        p.join()
    print(v.value, a[:], [p.exitcode for p in ps])
