# -*- coding:utf-8 -*-
# 简单的类: __init__, 方法, __str__, 类属性, 继承

class Task(object):
    created = 0

    def __init__(self, name, cost=1):
        self.name = name
        self.cost = cost
        self.done = False
        Task.created += 1

    def run(self):
        self.done = True
        return '完成任务 %s' % self.name

    def __str__(self):
        state = 'done' if self.done else 'todo'
        return 'Task(%s, %s)' % (self.name, state)

class TimedTask(Task):
    def __init__(self, name, cost, seconds):
        super().__init__(name, cost)
        self.seconds = seconds

    def run(self):
        text = super().run()
        return text + ' 用时 %0.2f' % self.seconds

if __name__ == '__main__':
    tasks = [Task('听音乐'), Task('吃饭', 3), TimedTask('洗衣服', 2, 1.5)]
    for t in tasks:
        print(t)
    for t in tasks:
        print(t.run())
    print([str(t) for t in tasks])
    print(Task.created, sum(t.cost for t in tasks))
    print(isinstance(tasks[2], Task), isinstance(tasks[0], TimedTask))
    print(type(tasks[2]).__name__, tasks[2].seconds)
    tasks[0].extra = 'added later'
    print(tasks[0].extra, hasattr(tasks[1], 'extra'), getattr(tasks[1], 'extra', None))
