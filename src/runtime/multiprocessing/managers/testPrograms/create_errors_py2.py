# Python 2: a failed create is the caller's RemoteError too.
from multiprocessing import Manager


def last_line(e):
    return str(e).strip().splitlines()[-2]


if __name__ == '__main__':
    m = Manager()
    for make in [lambda: m.list(5), lambda: m.dict(3), lambda: m.Array('i', ['x'])]:
        try:
            make()
        except Exception, e:
            print type(e).__name__, last_line(e)
    print m.list([1])
    m.shutdown()
