# (Python 2) A counter shared through Value, with the mistakes people make on the way:
# a misspelled attribute, get_lock() on a raw value, a method Queue lacks.
from multiprocessing import Process, Value, Queue


def add_many(counter, times):
    for _ in range(times):
        with counter.get_lock():
            counter.value += 1


def describe(error):
    return '%s: %s' % (type(error).__name__, error)


if __name__ == '__main__':
    counter = Value('i', 0)
    workers = [Process(target=add_many, args=(counter, 500)) for _ in range(3)]
    for w in workers:
        w.start()
    for w in workers:
        w.join()
    print 'total', counter.value

    try:
        print 'total', counter.val
    except AttributeError, e:
        print describe(e)

    raw = Value('d', 0.5, lock=False)
    raw.value *= 4
    print 'raw', raw.value
    try:
        raw.get_lock()
    except AttributeError, e:
        print describe(e)

    q = Queue()
    q.put(counter.value)
    try:
        print q.size()
    except AttributeError, e:
        print describe(e)
    print 'queued', q.get()
