from multiprocessing import Process
import time

def ok():
    pass

def sleeper():
    time.sleep(5)

def attempt(label, f):
    try:
        print(label, '->', repr(f()))
    except Exception as e:
        print(label, '!!', type(e).__name__, str(e))

if __name__ == '__main__':
    p = Process(target=ok)
    attempt('join before start', lambda: p.join())
    attempt('is_alive before start', lambda: p.is_alive())
    attempt('terminate before start', lambda: p.terminate())
    attempt('exitcode before start', lambda: p.exitcode)
    attempt('sentinel before start', lambda: p.sentinel)
    s = Process(target=sleeper)
    s.start()
    attempt('start twice', lambda: s.start())
    attempt('close running', lambda: s.close())
    attempt('set daemon after start', lambda: setattr(s, 'daemon', True))
    attempt('join timeout', lambda: s.join(0.05))
    attempt('exitcode running', lambda: s.exitcode)
    s.terminate()
    attempt('join after terminate', lambda: s.join())
    attempt('close stopped', lambda: s.close())
    attempt('closed name', lambda: s.name)
    attempt('closed pid', lambda: s.pid)
    attempt('closed exitcode', lambda: s.exitcode)
    attempt('closed is_alive', lambda: s.is_alive())
    attempt('closed join', lambda: s.join())
    attempt('closed start', lambda: s.start())
    attempt('closed close', lambda: s.close())
    attempt('closed daemon', lambda: s.daemon)
    attempt('closed repr', lambda: repr(s).split(' parent=')[0])
    attempt('group', lambda: Process(group=1))
    attempt('args not iterable', lambda: Process(target=ok, args=5))
    attempt('empty name', lambda: Process(target=ok, name='').name)
    attempt('name setter', lambda: setattr(p, 'name', 5))
