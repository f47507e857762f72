# A module put on a queue or sent down a pipe is cPickle's error, as CPython 2.7's.
import multiprocessing as mp
import os
import random


def report(label, action):
    try:
        action()
        print label, 'sent'
    except Exception as e:
        print label, type(e).__name__, e


if __name__ == '__main__':
    r, w = mp.Pipe()
    report('pipe os', lambda: w.send(os))
    report('pipe tuple', lambda: w.send((random, 1)))
    report('pipe name', lambda: w.send(random.random() < 2))
    print r.recv()
