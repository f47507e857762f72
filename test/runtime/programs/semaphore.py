# Semaphore(3) lets at most three of eight processes in at once.
from multiprocessing import Process, Semaphore, Value
import time

def worker(sem, inside, peak):
    with sem:
        with inside.get_lock():
            inside.value += 1
            if inside.value > peak.value:
                peak.value = inside.value
        time.sleep(0.3)
        with inside.get_lock():
            inside.value -= 1

if __name__ == '__main__':
    sem = Semaphore(3)
    inside = Value('i', 0)
    peak = Value('i', 0)
    ps = [Process(target=worker, args=(sem, inside, peak)) for i in range(8)]
    for p in ps:
        p.start()
    for p in ps:
        p.join()
    print('peak', peak.value, 'inside', inside.value, 'sem', sem.get_value(), [p.exitcode for p in ps])
