# Every child starts from the parent's state at start(), however the previous
# child changed its own copy: a module global, a class attribute, os.environ, and
# the name counter for its own children.
from multiprocessing import Process, current_process
import os

counter = 0

class Box:
    shared = []

def grandchild():
    print('  grandchild', current_process().name)

def child(n):
    global counter
    counter += 1
    Box.shared.append(n)
    os.environ['SEEN_BY_%d' % n] = '1'
    seen = sorted(k for k in os.environ if k.startswith('SEEN_BY_'))
    print(n, counter, Box.shared, seen, current_process().name, current_process()._identity)
    q = Process(target=grandchild)
    q.start()
    q.join()

if __name__ == '__main__':
    counter = 10
    for n in range(4):
        p = Process(target=child, args=(n,))
        p.start()
        p.join()
    print('parent', counter, Box.shared, 'SEEN_BY_0' in os.environ)
