# -*- coding:utf-8 -*-
# 内建异常的继承层次: 用父类捕获子类, BaseException 和 Exception 的区别

pairs = [
    (KeyError, LookupError), (IndexError, LookupError), (ZeroDivisionError, ArithmeticError),
    (OverflowError, ArithmeticError), (UnicodeDecodeError, ValueError), (NotImplementedError, RuntimeError),
    (RecursionError, RuntimeError), (FileNotFoundError, OSError), (TimeoutError, OSError),
    (StopIteration, Exception), (KeyboardInterrupt, Exception), (SystemExit, Exception),
    (GeneratorExit, BaseException), (AssertionError, Exception), (EnvironmentError, OSError),
]

def catch_with(parent, exc):
    try:
        raise exc
    except parent as e:
        return 'caught by %s' % parent.__name__
    except BaseException as e:
        return 'escaped %s, caught as BaseException' % parent.__name__

if __name__ == '__main__':
    for child, parent in pairs:
        print('%-20s %-16s %s' % (child.__name__, parent.__name__, issubclass(child, parent)))
    print(catch_with(LookupError, KeyError('k')))
    print(catch_with(ArithmeticError, ZeroDivisionError('z')))
    print(catch_with(Exception, KeyboardInterrupt()))
    print(catch_with(Exception, SystemExit(2)))
    print(catch_with(ValueError, TypeError('t')))
    print([c.__name__ for c in KeyError.__mro__])
    print([c.__name__ for c in ZeroDivisionError.__mro__])
    print(EnvironmentError is OSError, IOError is OSError)
    try:
        assert 1 + 1 == 3, 'math is broken'
    except AssertionError as e:
        print('AssertionError:', e)
    try:
        raise NotImplementedError
    except RuntimeError as e:
        print('NotImplementedError is a RuntimeError:', repr(e))
