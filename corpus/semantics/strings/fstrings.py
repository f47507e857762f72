# -*- coding:utf-8 -*-
# py2ts: timing="用时"
# f-string: 表达式, 转换 !r !s, 格式规格, 自文档化 =, 嵌套规格
import time

def task(task_name, seconds):
    start = time.time()
    time.sleep(seconds)
    end = time.time()
    print(f"完成任务{task_name}用时 {end - start:0.2f} 秒")

if __name__ == '__main__':
    name = 'bob'
    count = 3
    price = 2.5
    items = ['a.jpg', 'b.jpg']
    print(f'hello {name}, you have {count} items costing {count * price}')
    print(f'{name!r} {name!s} {name.upper()} {len(items)} {items[-1]}')
    print(f'[{count:5d}] [{price:<8.3f}] [{name:^9}] [{count:#x}] [{1234567:,}]')
    print(f'{count=} {price * 2=} {name=!s}')
    width, prec = 10, 2
    print(f'[{3.14159:{width}.{prec}f}]')
    print(f'{"quoted"} {{braces}} {"中文":>4}|')
    d = {'k': 'v', 1: 'one'}
    print(f"{d['k']} {d[1]} {[x * 2 for x in range(3)]} {'yes' if count > 2 else 'no'}")
    print(f'{1 / 3:.3} {10 / 2} {2 ** 64} {None} {True:d}')
    for i in range(3):
        print(f'Run child process Process{i} ({i * 100})')
    task('听音乐', 0.2)
    value = 0.1 + 0.2
    print(f'{value} {value!r} {value:.2f} {value:g} {value:e} {value:%}')
    print(f'{"nested " + f"{count:03}"}')
