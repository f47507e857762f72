# -*- coding:utf-8 -*-
# 比较运算和布尔逻辑: 链式比较, and/or 返回操作数本身, not

def is_busy(q_size, limit=5):
    return 0 < q_size <= limit

if __name__ == '__main__':
    print(1 < 2, 2 < 1, 1 == 1.0, 1 != 2, 'a' < 'b', [1, 2] < [1, 3])
    print(is_busy(0), is_busy(3), is_busy(5), is_busy(6))
    print(1 < 2 < 3, 3 > 2 > 2, 1 == 1 == 1.0)
    print(True and 'yes', False and 'yes', 0 or 'default', 'x' or 'y')
    print(None or [] or 0, [] and 1, 5 and 0)
    print(not None, not [], not [0], not '', not 'a')
    print(True + True, True * 10, False == 0, True is True)
    x = None
    print(x is None, x is not None, x == None)
    name = ''
    print(name or '任务1')
    a = [1, 2]
    b = [1, 2]
    print(a == b, a is b, a is a)
    print(bool(0), bool(0.0), bool('0'), bool({}), bool({0: 0}))
    print('a' in 'abc', 3 in [1, 2], 'k' in {'k': 1}, 2 not in (1, 2))
    score = 75
    if score >= 90:
        grade = 'A'
    elif score >= 70 and score < 90:
        grade = 'B'
    else:
        grade = 'C'
    print('grade', grade)
    print('full' if score > 100 else 'not full')
    print(max(3, 7) == 7 and min(3, 7) == 3)
