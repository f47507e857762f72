# A module put on a queue or sent down a pipe is pickle's error, as CPython's;
# what does pickle still crosses.
import multiprocessing as mp
import os
import random


def report(label, action):
    try:
        action()
        print(label, 'sent')
    except Exception as e:
        print(label, type(e).__name__, e)


if __name__ == '__main__':
    r, w = mp.Pipe()
    sq = mp.SimpleQueue()
    report('pipe os', lambda: w.send(os))
    report('pipe list of modules', lambda: w.send([random, 1]))
    report('simple queue', lambda: sq.put({'m': mp}))
    report('pipe name', lambda: w.send(random.random() < 2))
    print(r.recv(), sq.empty())
