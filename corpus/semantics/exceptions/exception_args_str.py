# -*- coding:utf-8 -*-
# 异常的 args / str() / repr(): 零个, 一个, 多个参数; KeyError 的 str 带引号

samples = [
    Exception(),
    Exception('one'),
    Exception('two', 2),
    Exception(None),
    Exception(''),
    ValueError(42),
    ValueError([1, 2]),
    KeyError('k'),
    KeyError(3),
    KeyError(),
    KeyError('a', 'b'),
    IndexError('list index out of range'),
    RuntimeError('中文消息'),
    ZeroDivisionError('division by zero'),
]

if __name__ == '__main__':
    for e in samples:
        print('%-20s args=%-26r str=%-24r repr=%r' % (type(e).__name__, e.args, str(e), repr(e)))
    e = ValueError('first')
    e.args = ('changed', 1)
    print(e, e.args)
    try:
        raise TypeError
    except TypeError as caught:
        print('raise a class:', repr(caught), caught.args, '[%s]' % caught)
    try:
        raise OSError(2, 'No such file or directory')
    except OSError as err:
        print(err, err.errno, err.strerror, err.args)
    print(str(StopIteration(5)), StopIteration(5).value, repr(SystemExit(2)), SystemExit(2).code)
