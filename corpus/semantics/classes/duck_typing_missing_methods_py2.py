# (Python 2) Duck typing with a fallback: objects that lack a method raise AttributeError,
# which the caller catches, whether it knows what the object is or not.
from multiprocessing import Process, Queue


class Closer(object):
    def __init__(self, name):
        self.name = name

    def close(self):
        return '%s closed' % self.name


class Plain(object):
    pass


def shut(thing):
    try:
        return thing.close()
    except AttributeError, e:
        return 'cannot close: %s' % e


def report(q, things):
    for thing in things:
        q.put(shut(thing))
    q.put(None)


if __name__ == '__main__':
    things = [Closer('door'), Plain(), 42, 'text', [1, 2]]
    for thing in things:
        print shut(thing)
    q = Queue()
    p = Process(target=report, args=(q, [Closer('window'), Plain()]))
    p.start()
    while True:
        line = q.get()
        if line is None:
            break
        print 'child: ' + line
    p.join()
