from multiprocessing import Process, current_process, parent_process, active_children
import os, sys, time

def show():
    me = current_process()
    print('child', me.name, me._identity, me is current_process(), parent_process().name,
          parent_process().pid == os.getppid(), me.pid == os.getpid(), me.daemon, me.is_alive())

def nested():
    show()
    q = Process(target=show)
    print('nested made', q.name)
    q.start()
    q.join()
    print('nested exit', q.exitcode)

def sleeper():
    time.sleep(5)

def norm(text, p):
    if p.pid is not None:
        text = text.replace(str(p.pid), 'PID')
    return text.replace(str(os.getpid()), 'PARENT')

class Worker(Process):
    def __init__(self, n):
        Process.__init__(self)
        self.n = n
        self.items = [1, 2]

    def run(self):
        self.items.append(self.n)
        print('worker run', self.name, self.n, self.items, current_process() is self)

if __name__ == '__main__':
    me = current_process()
    print(me.name, repr(me), parent_process(), me.daemon, me.is_alive())
    p = Process(target=show)
    print(p.name, norm(repr(p), p), p.pid, p.exitcode, p.ident, p.daemon, p.is_alive())
    p.start()
    p.join()
    print(norm(repr(p), p), p.exitcode, p.is_alive(), p.pid != os.getpid(), p.pid == p.ident)
    n = Process(target=nested, name='outer')
    n.start()
    n.join()
    print('outer exit', n.exitcode)
    w = Worker(7)
    w.start()
    w.join()
    print('worker parent view', w.items, w.exitcode, w.name)
    d = Process(target=show, daemon=True)
    print(norm(repr(d), d))
    d.start()
    d.join()
    s = Process(target=sleeper)
    s.start()
    print('alive', s.is_alive(), s.exitcode, [c.name for c in active_children()])
    s.join(0.1)
    print('after join timeout', s.is_alive(), s.exitcode)
    s.terminate()
    s.join()
    print('terminated', s.exitcode, s.is_alive(), norm(repr(s), s), active_children())
    k = Process(target=sleeper)
    k.start()
    k.kill()
    k.join()
    print('killed', k.exitcode, norm(repr(k), k))
