# The article's m example: a child increments its own m. The snapshot is taken at
# start(): a change in the parent after start() is not seen by that child, but a
# child started later inherits it. Mutations of an inherited list stay private too.
import os
from multiprocessing import Process
from time import sleep
m = 1
seen = []
def test1(x):
    global m
    for i in range(3):
        sleep(x)
        m = m + 1
        seen.append(m)
        print('task', x, m, seen, os.getppid() == PARENT)
if __name__ == '__main__':
    PARENT = os.getpid()
    p = Process(target=test1, name='task1', args=(0.01,))
    p.start()
    m = 100
    seen.append('parent')
    p.join()
    p1 = Process(target=test1, name='task2', args=(0.02,))
    p1.start()
    print(p.name, p1.name)
    p1.join()
    print('parent', m, seen)
