# Queue and Connection methods called with keywords the translator cannot bind by
# itself: options kept in a dict and passed as **opts, and methods stored first.
import multiprocessing as mp
import queue

PUT_OPTS = {'block': True, 'timeout': 0.1}
GET_OPTS = dict(timeout=2)


def worker(q, conn):
    get = q.get
    while True:
        item = get(**GET_OPTS)
        if item is None:
            break
        send = conn.send
        send(obj=item * 10)
    conn.close()


if __name__ == '__main__':
    q = mp.Queue(2)
    parent, child = mp.Pipe()
    p = mp.Process(target=worker, args=(q, child))
    p.start()
    for i in range(4):
        q.put(i, **PUT_OPTS)
    q.put(None)
    print([parent.recv() for _ in range(4)])
    p.join(2)
    print('exitcode', p.exitcode)

    full = mp.Queue(1)
    full.put('x')
    for opts in [{'block': False}, {'timeout': 0.05}]:
        try:
            full.put('y', **opts)
        except queue.Full:
            print('Full with', sorted(opts))
    try:
        full.put('y', **{'timeot': 1})
    except TypeError as e:
        print(type(e).__name__, e)
    print(getattr(full, 'get')(block=False))

    r, w = mp.Pipe(duplex=False)
    w.send_bytes(b'0123456789', **{'offset': 2, 'size': 3})
    print(r.poll(**{'timeout': 1}), r.recv_bytes(**{'maxlength': 8}))
