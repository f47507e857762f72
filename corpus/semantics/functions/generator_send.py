# -*- coding:utf-8 -*-
# 生成器的 send / throw / close: 协程式的双向通信

def consumer():
    total = 0
    count = 0
    while True:
        item = yield total
        if item is None:
            break
        count += 1
        total += item
        print('consumer got', item, 'total', total)
    print('consumer finished after', count, 'items')

def echo():
    try:
        while True:
            try:
                received = yield
                print('echo:', received)
            except ValueError as e:
                print('echo caught ValueError:', e)
    finally:
        print('echo closed')

if __name__ == '__main__':
    c = consumer()
    print('primed:', next(c))
    print('send ->', c.send(10))
    print('send ->', c.send(5))
    try:
        c.send(None)
    except StopIteration:
        print('consumer stopped')
    e = echo()
    next(e)
    e.send('hello')
    e.send('world')
    e.throw(ValueError('bad item'))
    e.send('after throw')
    e.close()
    print('closed again is fine:', e.close())
    fresh = consumer()
    try:
        fresh.send(1)
    except TypeError as err:
        print('TypeError:', err)
