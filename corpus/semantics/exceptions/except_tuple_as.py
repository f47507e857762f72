# -*- coding:utf-8 -*-
# except (A, B) as e: 一次捕获多种异常; 顺序匹配; 裸 except; 重新抛出

def risky(kind):
    if kind == 'key':
        return {}['k']
    if kind == 'index':
        return [][0]
    if kind == 'zero':
        return 1 / 0
    if kind == 'type':
        return 'a' + 1
    if kind == 'value':
        return int('x')
    return 'fine'

def handle(kind):
    try:
        return risky(kind)
    except (KeyError, IndexError) as e:
        return 'lookup problem: %s %r' % (type(e).__name__, e)
    except (ZeroDivisionError, TypeError) as e:
        return 'math/type problem: %s' % e
    except Exception as e:
        return 'other: %s' % e

def reraise():
    try:
        risky('zero')
    except ZeroDivisionError:
        print('logging and re-raising')
        raise

if __name__ == '__main__':
    for kind in ['key', 'index', 'zero', 'type', 'value', 'none']:
        print(kind, '->', handle(kind))
    try:
        reraise()
    except ArithmeticError as e:
        print('outer got', type(e).__name__, e)
    try:
        risky('index')
    except:
        print('bare except caught something')
    try:
        risky('key')
    except LookupError as e:
        print('LookupError covers KeyError:', repr(e))
    errors = (ValueError, TypeError)
    try:
        risky('value')
    except errors as e:
        print('tuple in a variable:', e)
