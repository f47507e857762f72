# -*- coding:utf-8 -*-
# 全局计数器 m 和 global 声明 (Python 3)
m = 1
L1 = [1, 2, 3]

def test1(x):
    global m
    for _ in range(x):
        m = m + 1
        print("这是任务1", m)

def add(a, b):
    global L1
    L1 += range(a, b)
    print(L1)

def append_only(v):
    L1.append(v)   # 修改列表内容不需要 global

def bad_increment():
    try:
        m += 1
    except UnboundLocalError as e:
        print('UnboundLocalError:', e)

if __name__ == '__main__':
    test1(2)
    add(20, 23)
    append_only(99)
    print(m, L1)
    bad_increment()
    print('m is still', m)
