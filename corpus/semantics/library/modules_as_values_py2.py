# -*- coding:utf-8 -*-
# py2ts: py2
# Library modules used as values: type() of a module, repr() of built-in and
# frozen modules (a file module's repr shows CPython's install path, so only its
# start is printed), getattr/hasattr on a module, a module passed to a function
# or kept in a dict, and `import x as y`.
import os
import sys
import time
import multiprocessing as mp
import os as system
from os import path


def describe(module, attribute):
    value = getattr(module, attribute, None)
    return '%s.%s: %s' % (type(module).__name__, attribute, callable(value))


print type(os).__name__, type(time), type(mp).__name__
print repr(sys), str(sys)
print '%s | %r' % (sys, sys)
print repr(mp).split(' from ')[0]
print repr(time).split(' from ')[0], repr(os).split(' from ')[0]
print isinstance(os, type(sys)), type(os) is type(time)
print getattr(time, 'sleep') is time.sleep, hasattr(os, 'getpid'), hasattr(os, 'no_such_name')
print getattr(os, 'sep'), getattr(path, 'join')('a', 'b')
print describe(os, 'getpid'), describe(time, 'time'), describe(sys, 'nothing')
print system.getpid() == os.getpid(), system is os
modules = {'clock': time, 'system': os}
for key in sorted(modules):
    print key, type(modules[key]).__name__, modules[key] is os
print [type(m).__name__ for m in (os, sys, time, mp)]


def pid_of(module):
    return module.getpid()


print pid_of(os) == os.getpid()
try:
    getattr(time, 'no_such_function')
except AttributeError, e:
    print 'AttributeError:', e
m = sys
try:
    m.no_such_value
except AttributeError, e:
    print 'AttributeError:', e
