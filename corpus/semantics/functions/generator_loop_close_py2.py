# -*- coding:utf-8 -*-
# py2ts: py2
# for 循环提前结束 (break, return, 异常) 时, 只被这个循环引用的生成器会被回收并关闭:
# 它的 finally 和 with 的退出在循环后面的语句之前执行.
# 存在变量里的生成器不会被关闭, 直到变量消失 (这里 close() 明确地关闭它).


class Resource(object):
    def __init__(self, name):
        self.name = name

    def __enter__(self):
        print 'open', self.name
        return self

    def __exit__(self, *exc):
        print 'close', self.name
        return False


def numbers(tag):
    try:
        for i in range(5):
            yield i
    finally:
        print 'cleanup', tag


def lines(name):
    with Resource(name):
        yield 'first line'
        yield 'second line'


def first_even(tag):
    for n in numbers(tag):
        if n % 2 == 0 and n > 0:
            return n
    return None


def careful():
    try:
        yield 1
        yield 2
    except GeneratorExit:
        print 'careful got GeneratorExit'
        raise


def broken():
    try:
        yield 1
        yield 2
    finally:
        raise ValueError('broken cleanup')


if __name__ == '__main__':
    for v in numbers('break'):
        if v == 1:
            break
    print 'after break'

    print 'first even:', first_even('return')

    try:
        for v in numbers('error'):
            if v == 2:
                raise KeyError(v)
    except KeyError as e:
        print 'caught', repr(e)

    for line in lines('data.txt'):
        print line
        break
    print 'after with'

    for v in (x * 10 for x in numbers('genexpr')):
        print v
        break
    print 'after genexpr'

    print [v for v in numbers('comprehension')]

    for a, b in ((x, -x) for x in numbers('pairs')):
        print a, b
        break
    print 'after pairs'

    # 解包失败也是循环体里的异常
    try:
        for a, b in ((x,) for x in numbers('unpack')):
            pass
    except ValueError as e:
        print 'caught', e

    for v in careful():
        break
    print 'after careful'

    for v in broken():
        break
    print 'after broken'

    # 循环正常结束: 生成器自己执行完了 finally
    for v in numbers('exhausted'):
        pass
    print 'after exhausted'

    # 存在变量里: 循环结束后还能继续
    kept = numbers('kept')
    for v in kept:
        if v == 1:
            break
    print 'kept goes on:', next(kept)
    kept.close()
    print 'end of program'
