# -*- coding:utf-8 -*-
# for / else, break, continue, 嵌套循环

tasks = ['听音乐', '吃饭', '洗衣服', '打游戏', '散步', '看孩子', '做饭']

def is_prime(n):
    if n < 2:
        return False
    for d in range(2, n):
        if n % d == 0:
            break
    else:
        return True
    return False

if __name__ == '__main__':
    for i in tasks:
        if i == '打游戏':
            continue      # 跳过这个任务
        if i == '看孩子':
            print('停止')
            break
        print('开始做任务', i)
    print([n for n in range(20) if is_prime(n)])
    for i in range(3):
        for j in range(3):
            if j == i:
                continue
            if j > 1:
                break
            print(i, j)
    for x in []:
        print('never')
    else:
        print('empty loop else')
    for i, t in enumerate(tasks[:3], 1):
        print(i, t)
    for ch in 'abc':
        print(ch, end='')
    print()
    i = 'unchanged'
    for i in range(4):
        pass
    print('loop variable after loop:', i)
