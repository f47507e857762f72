# An exception escapes the main module body while a child runs: CPython prints the
# traceback, then still joins the child (its output comes after), and exits 1.
from multiprocessing import Process
import time

def slow():
    time.sleep(0.3)
    print('child finished')

if __name__ == '__main__':
    p = Process(target=slow)
    p.start()
    print('main raising')
    raise RuntimeError('main failed')
