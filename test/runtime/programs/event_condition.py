# Event releases every waiter at once; Condition hands items to consumers.
from multiprocessing import Process, Event, Condition, Value, Lock
import time

def waiter(ev, lock, n):
    ev.wait()
    with lock:
        print('released', n)

def consumer(cond, items, n):
    with cond:
        cond.wait_for(lambda: items.value > 0)
        items.value -= 1
        print('consumed by', n)

if __name__ == '__main__':
    ev = Event()
    lock = Lock()
    ws = [Process(target=waiter, args=(ev, lock, i)) for i in range(3)]
    for w in ws:
        w.start()
    time.sleep(0.2)
    print('setting')
    ev.set()
    for w in ws:
        w.join()
    cond = Condition()
    items = Value('i', 0, lock=False)
    cs = [Process(target=consumer, args=(cond, items, i)) for i in range(3)]
    for c in cs:
        c.start()
    for k in range(3):
        time.sleep(0.05)
        with cond:
            items.value += 1
            cond.notify()
    for c in cs:
        c.join()
    print('left', items.value, [c.exitcode for c in cs])
