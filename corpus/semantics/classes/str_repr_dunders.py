# -*- coding:utf-8 -*-
# __str__ 和 __repr__: print 用 str, 容器里用 repr, 只定义 __repr__ 时 str 也用它

class Task(object):
    def __init__(self, name, cost):
        self.name = name
        self.cost = cost

    def __repr__(self):
        return 'Task(%r, %d)' % (self.name, self.cost)

    def __str__(self):
        return '任务 %s (%d)' % (self.name, self.cost)

class OnlyRepr(object):
    def __repr__(self):
        return '<OnlyRepr>'

class OnlyStr(object):
    def __str__(self):
        return 'only str'

    def __format__(self, spec):
        return 'formatted[' + spec + ']'

if __name__ == '__main__':
    t = Task('吃饭', 3)
    print(t)
    print(repr(t), str(t))
    print([t, Task('散步', 1)])
    print((t,), {'k': t}, {t.name: t})
    print('%s | %r' % (t, t))
    print('{} | {!r} | {!s}'.format(t, t, t))
    print(f'{t} | {t!r}')
    o = OnlyRepr()
    print(o, str(o), [o], '%s' % o)
    s = OnlyStr()
    print(s, str(s), '{:>5}'.format(s), f'{s:x}', format(s, ''))
    print(str(t) + '!', 'x' + repr(o))
