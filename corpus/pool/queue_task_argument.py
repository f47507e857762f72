# -*- coding:utf-8 -*-
# Queue 和 Lock 不能作为进程池任务的参数发送 (只能在创建进程时继承): RuntimeError 出现在 AsyncResult 里
from multiprocessing import Pool, Queue, Lock


def put(q, x):
    q.put(x)
    return x


def show(label, e):
    print(label, type(e).__name__ + ':', e)


if __name__ == '__main__':
    q = Queue()
    lock = Lock()
    pool = Pool(2)
    r = pool.apply_async(put, (q, 1), error_callback=lambda e: show('error_callback:', e))
    try:
        r.get(timeout=10)
    except RuntimeError as e:
        show('get:', e)
    print('ready:', r.ready(), 'successful:', r.successful())
    try:
        pool.apply(put, (lock, 2))
    except RuntimeError as e:
        show('apply:', e)
    try:
        pool.starmap(put, [(q, 3), (q, 4)])
    except RuntimeError as e:
        show('starmap:', e)
    m = pool.map_async(len, [[q], [1, 2]], chunksize=1)
    try:
        m.get(timeout=10)
    except RuntimeError as e:
        show('map_async:', e)
    # the pool still works
    print(pool.map(len, ['ab', 'c']))
    pool.close()
    pool.join()
    print('queue empty:', q.empty())
