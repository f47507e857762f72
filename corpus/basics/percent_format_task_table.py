# -*- coding:utf-8 -*-
# % 格式化输出一张任务表 (Python 3)

rows = [('听音乐', 1, 0.5), ('吃饭', 12, 2.25), ('洗衣服', 123, 10.0), ('散步', 0, 1 / 3)]

if __name__ == '__main__':
    print('%-8s|%5s|%8s' % ('name', 'count', 'seconds'))
    print('-' * 23)
    for name, count, secs in rows:
        print('%-8s|%5d|%8.2f' % (name, count, secs))
    print('%s %r' % ('吃饭', '吃饭'))
    print('%5.1f%%' % 12.345)
    print('%d items, %s' % (len(rows), rows[0]))
    print('%s' % [r[0] for r in rows])
    print('%(name)s=%(value)0.2f' % {'name': 'total', 'value': sum(r[2] for r in rows)})
    print('%c%c' % (72, 'i'))
    print('%3d|%-3d|%03d' % (5, 5, 5))
    print('%.3s' % 'abcdef')
    print('%10.4f|' % 3.14159265)
    print('%-10.4f|' % -3.14159265)
    print('%s %s' % (1.0, 2.50))
    print('%d %d' % (3.99, -3.99))
    print('%i %u' % (7, 8))
