# -*- coding:utf-8 -*-
# raise ... from: 未捕获时先打印原因, 再打印 "The above exception was the direct cause"

class TaskError(Exception):
    pass

def run(task):
    try:
        return 10 / task
    except ZeroDivisionError as e:
        raise TaskError('任务 %r 失败' % task) from e

if __name__ == '__main__':
    print(run(5))
    run(0)
