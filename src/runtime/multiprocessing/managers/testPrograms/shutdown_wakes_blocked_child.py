from multiprocessing import Manager, Process
import time

def blocked(lock, ev):
    try:
        lock.acquire()
        print('acquired?')
    except Exception as e:
        print('child', type(e).__name__)

if __name__ == '__main__':
    m = Manager()
    lock = m.Lock()
    ev = m.Event()
    lock.acquire()
    p = Process(target=blocked, args=(lock, ev))
    p.start()
    time.sleep(0.3)
    m.shutdown()
    p.join()
    print('exit', p.exitcode)
