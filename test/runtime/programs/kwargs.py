# Process(kwargs=...): keyword arguments reach the target, bound by name.
from multiprocessing import Process

def task(name, times=1, sep=' '):
    print(sep.join([name] * times))

if __name__ == '__main__':
    jobs = [Process(target=task, args=('a',)),
            Process(target=task, args=('b',), kwargs={'times': 2}),
            Process(target=task, kwargs={'name': 'c', 'times': 3, 'sep': '-'})]
    for p in jobs:
        p.start()
        p.join()
    print('all done', [p.exitcode for p in jobs])
