# -*- coding:utf-8 -*-
# raise ... from: 显式的异常链 __cause__, 隐式的 __context__, from None

class ConfigError(Exception):
    pass

def parse_port(text):
    try:
        return int(text)
    except ValueError as e:
        raise ConfigError('bad port: %r' % text) from e

def lookup(d, key):
    try:
        return d[key]
    except KeyError:
        raise ConfigError('missing key ' + key)

def quiet(d, key):
    try:
        return d[key]
    except KeyError:
        raise ConfigError('quiet ' + key) from None

if __name__ == '__main__':
    print(parse_port('8080'))
    try:
        parse_port('80x')
    except ConfigError as e:
        print('error:', e)
        print('cause:', type(e.__cause__).__name__, e.__cause__)
        print('suppress context:', e.__suppress_context__)
    try:
        lookup({}, 'host')
    except ConfigError as e:
        print('error:', e)
        print('cause:', e.__cause__, '| context:', repr(e.__context__))
    try:
        quiet({}, 'user')
    except ConfigError as e:
        print('error:', e, '| cause:', e.__cause__, '| suppress:', e.__suppress_context__)
    try:
        try:
            1 / 0
        except ZeroDivisionError as inner:
            raise ValueError('wrapped') from inner
    except ValueError as outer:
        print(repr(outer), repr(outer.__cause__), outer.__cause__ is outer.__context__)
    err = RuntimeError('standalone')
    print(err.__cause__, err.__context__, err.__suppress_context__)
