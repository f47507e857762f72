# At the end of the main process, daemonic children are terminated and the others
# joined (multiprocessing's exit function), without any join in the program.
from multiprocessing import Process, current_process
import time

def forever():
    print('daemon started', current_process().daemon)
    time.sleep(60)
    print('never printed')

def late():
    time.sleep(0.3)
    print('non-daemon finished')

if __name__ == '__main__':
    d = Process(target=forever, daemon=True)
    d.start()
    n = Process(target=late)
    n.start()
    time.sleep(0.1)
    print('main ends', d.is_alive(), n.is_alive())
