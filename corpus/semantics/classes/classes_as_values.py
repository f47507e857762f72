# -*- coding:utf-8 -*-
# Classes used as values: a class kept in a variable, passed to a function that
# calls it, chosen from a dict or a tuple; builtin and library exception classes
# called and raised through a name.
import queue
import multiprocessing as mp


class Task(object):
    def __init__(self, name, size=1):
        self.name = name
        self.size = size

    def __repr__(self):
        return 'Task(%r, %d)' % (self.name, self.size)


class BigTask(Task):
    def __init__(self, name):
        Task.__init__(self, name, 100)


def build(factory, *args):
    return factory(*args)


def first_error(kinds, message):
    for kind in kinds:
        return kind(message)


maker = Task
print(maker('下载'), build(Task, 'save', 3), build(BigTask, 'big'))
kinds = {'small': Task, 'big': BigTask}
for key in sorted(kinds):
    print(key, kinds[key]('x'))
E = ValueError
print(repr(E('坏')), repr(first_error((KeyError, E), 'k')))
print(repr(queue.Empty('空')), repr(mp.TimeoutError('late', 2)), repr(mp.ProcessError()))
for cls in (mp.TimeoutError, queue.Full, IndexError):
    try:
        raise cls('raised through a name')
    except Exception as e:
        print(type(e).__name__, e.args)
try:
    build(Task)
except TypeError as e:
    print('TypeError:', e)
print(build(len, 'abc'), build(max, 3, 9), build(lambda a, b: a * b, 6, 7))
