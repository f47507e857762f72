# -*- coding:utf-8 -*-
# 自定义异常类: 继承层次, 自定义 __init__ 和 __str__, args 的内容

class QueueError(Exception):
    pass

class Empty(QueueError):
    pass

class Full(QueueError):
    def __init__(self, maxsize, item):
        super().__init__('queue is full (maxsize=%d)' % maxsize)
        self.maxsize = maxsize
        self.item = item

class TaskFailed(Exception):
    def __init__(self, name, code):
        self.name = name
        self.code = code

    def __str__(self):
        return '任务 %s 失败, 代码 %d' % (self.name, self.code)

def put(q, item, maxsize=2):
    if len(q) >= maxsize:
        raise Full(maxsize, item)
    q.append(item)

def get(q):
    if not q:
        raise Empty()
    return q.pop(0)

if __name__ == '__main__':
    q = []
    for item in 'abc':
        try:
            put(q, item)
            print('put', item)
        except Full as e:
            print('Full:', e, '| item =', e.item, '| args =', e.args)
    for _ in range(3):
        try:
            print('get', get(q))
        except QueueError as e:
            print('caught', type(e).__name__, repr(e), repr(str(e)), e.args)
    try:
        raise TaskFailed('吃饭', 3)
    except Exception as e:
        print(e, '|', e.args, '|', repr(e), '|', e.name, e.code)
    print(issubclass(Full, QueueError), isinstance(Empty(), Exception), Empty.__mro__[1].__name__)
    e = QueueError('x', 1)
    print(str(e), repr(e), e.args, str(QueueError()), repr(QueueError('only')))
