# -*- coding:utf-8 -*-
# try / except / else / finally 的执行顺序, finally 里的 return, 嵌套 try

def getfile(q):
    while True:
        try:
            file = q.pop(0)
            print('{}文件保存成功'.format(file))
        except IndexError:
            print('保存完毕')
            break
        else:
            print('  else: no exception for', file)
        finally:
            print('  finally runs every time')

def finally_return():
    try:
        return 'from try'
    finally:
        print('finally before return')

def finally_overrides():
    try:
        raise ValueError('lost')
    finally:
        return 'finally wins'

def nested(n):
    try:
        try:
            if n == 0:
                raise KeyError('inner')
            if n == 1:
                raise ValueError('inner value')
            return 'ok'
        except KeyError as e:
            print('inner handler', repr(e))
            raise RuntimeError('converted')
        finally:
            print('inner finally', n)
    except (RuntimeError, ValueError) as e:
        return 'outer caught %s: %s' % (type(e).__name__, e)

if __name__ == '__main__':
    getfile(['a.jpg', 'b.jpg'])
    print(finally_return())
    print(finally_overrides())
    for n in range(3):
        print(nested(n))
    for i in range(3):
        try:
            if i == 1:
                continue
            print('body', i)
        finally:
            print('finally', i)
    try:
        pass
    except Exception:
        print('never')
    else:
        print('else without exception')
    e = 'before'
    try:
        raise KeyError('k')
    except KeyError as e:
        print('caught', e)
    try:
        print(e)
    except NameError as err:
        print('after except block:', err)
