# -*- coding:utf-8 -*-
# py2ts: py2
# An exception's __dict__ and vars(): empty for a fresh built-in exception (args
# and the OSError fields live elsewhere), the attributes a handler or a subclass's
# __init__ set, and writes through e.__dict__.
import sys


class TaskError(Exception):
    def __init__(self, task_id, reason):
        Exception.__init__(self, task_id, reason)
        self.task_id = task_id
        self.reason = reason


try:
    raise ValueError('bad value')
except ValueError, e:
    print e.__dict__, vars(e)
    e.code = 3
    print e.__dict__, vars(e)
    print e.args

err = TaskError(7, 'timeout')
print sorted(err.__dict__.items())
print sorted(vars(err))
err.__dict__['retries'] = 2
print err.retries
print type(err.__dict__).__name__

try:
    raise OSError(2, 'No such file or directory', 'data.txt')
except (IOError, OSError), e:
    print e.__dict__, e.errno, e.filename
    e.note = 'checked'
    print e.__dict__

try:
    {}['missing']
except KeyError, e:
    print e.__dict__, e.args

try:
    sys.exit(4)
except SystemExit, e:
    print e.__dict__, e.code
