# -*- coding:utf-8 -*-
# py2ts: py2
# Names bound on some paths only: a def/class in a block that did not run, a
# variable set in one branch, in a loop body that ran zero times, in a try body
# that stopped early. CPython raises NameError / UnboundLocalError only when the
# read runs; every other read works.
import sys

DEBUG = len(sys.argv) > 5

if DEBUG:
    def log(msg):
        print '日志: %s' % msg

    class Tracer(object):
        pass

try:
    log('开始')
except NameError, e:
    print 'NameError:', e

try:
    Tracer()
except NameError, e:
    print 'NameError:', e

if not DEBUG:
    def log(msg):
        print 'log:', msg
log('now defined')

if DEBUG:
    mode = 'debug'
else:
    level = 1
print 'level', level
try:
    print 'mode', mode
except NameError, e:
    print 'NameError:', e


def last_item(items):
    for item in items:
        pass
    return item


print last_item([1, 2, 3])
try:
    print last_item([])
except UnboundLocalError, e:
    print 'UnboundLocalError:', e


def parse(text):
    try:
        value = int(text)
    except ValueError:
        print 'not a number:', text
    return value


print parse('42')
try:
    parse('abc')
except UnboundLocalError, e:
    print 'UnboundLocalError:', e


def pick(flag):
    if flag:
        def helper():
            return 'helper ran'
    return helper()


print pick(True)
try:
    pick(False)
except NameError, e:
    print type(e).__name__, e


def first_positive(numbers):
    while True:
        n = numbers.pop(0)
        if n > 0:
            break
    return n


print first_positive([-1, 0, 5, 7])

for i in range(3):
    if i == 2:
        print 'previous', previous
    previous = i

count = 10
del count
try:
    print count
except NameError, e:
    print 'NameError:', e
