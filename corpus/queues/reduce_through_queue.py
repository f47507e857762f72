# -*- coding:utf-8 -*-
# 自定义 __reduce__ / __reduce_ex__ 的对象经过 Queue 和 Pipe：接收方按 pickle 的规则
# 调用返回的可调用对象重建它（不是照搬全部属性），同一对象出现两次仍是同一个，
# __reduce__ 返回的格式不对时 put/send 抛出 PicklingError。
from multiprocessing import Process, Queue, Pipe


class Money(object):
    def __init__(self, amount, currency='EUR'):
        self.amount = amount
        self.currency = currency
        self.history = ['创建']

    def __reduce__(self):
        # 只传金额和币种，history 在接收方重新生成
        return (Money, (self.amount, self.currency))

    def __repr__(self):
        return 'Money(%r, %r, %r)' % (self.amount, self.currency, self.history)


def rebuild_config(host, port):
    return {'host': host, 'port': port, '重建': True}


class Config(object):
    def __init__(self, host, port):
        self.host = host
        self.port = port

    def __reduce__(self):
        return (rebuild_config, (self.host, self.port))


class Counter(object):
    def __init__(self):
        self.count = 0

    def __reduce__(self):
        return (Counter, (), ('packed', self.count))

    def __setstate__(self, state):
        print('__setstate__ 收到', state)
        self.count = state[1]


class Versioned(object):
    def __reduce_ex__(self, protocol):
        return (rebuild_config, ('v', protocol > 1))


class AppError(Exception):
    def __init__(self, code, msg):
        Exception.__init__(self, msg)
        self.code = code

    def __reduce__(self):
        return (AppError, (self.code, self.args[0]))

    def __str__(self):
        return '[%s] %s' % (self.code, self.args[0])


class BadReduce(object):
    def __reduce__(self):
        return 42


def worker(q, conn):
    m = Money(5)
    m.history.append('付款')  # 不在 __reduce__ 里，不会传过去
    q.put(m)
    q.put([m, m])
    q.put(Config('db', 5432))
    c = Counter()
    c.count = 3
    q.put(c)
    q.put(Versioned())
    q.put(AppError(404, '找不到'))
    conn.send(Money(9, 'USD'))
    try:
        conn.send(BadReduce())
    except Exception as e:
        conn.send('%s: %s' % (type(e).__name__, e))


if __name__ == '__main__':
    q = Queue()
    parent_conn, child_conn = Pipe()
    p = Process(target=worker, args=(q, child_conn))
    p.start()
    print(q.get())
    pair = q.get()
    print(pair, pair[0] is pair[1])
    print(sorted(q.get().items()))
    counter = q.get()
    print(type(counter).__name__, counter.count)
    print(sorted(q.get().items()))
    err = q.get()
    print(type(err).__name__, err, err.code)
    print(parent_conn.recv())
    print(parent_conn.recv())
    p.join()
    print('exitcode', p.exitcode)
