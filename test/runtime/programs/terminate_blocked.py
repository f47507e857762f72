# terminate() ends a child blocked in Lock.acquire, Event.wait or a Condition wait;
# the primitives stay usable. A daemonic child may not start children.
from multiprocessing import Process, Lock, Event, Condition
import time

def take(lock):
    lock.acquire()
    print('never printed')

def wait_event(ev):
    ev.wait()

def wait_cond(cond):
    with cond:
        cond.wait()

def try_child():
    Process(target=wait_event).start()

if __name__ == '__main__':
    lock, ev, cond = Lock(), Event(), Condition()
    lock.acquire()
    ps = [Process(target=take, args=(lock,)), Process(target=wait_event, args=(ev,)),
          Process(target=wait_cond, args=(cond,))]
    for p in ps:
        p.start()
    time.sleep(0.3)
    for p in ps:
        p.terminate()
    for p in ps:
        p.join()
    print('exit codes', [p.exitcode for p in ps])
    lock.release()
    print('lock usable', lock.acquire(timeout=1))
    d = Process(target=try_child, daemon=True)
    d.start()
    d.join()
    print('daemon exit', d.exitcode)
