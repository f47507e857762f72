# A shared object the server cannot create is the caller's RemoteError (the
# server's traceback), not the exception itself; 'u' arrays hold characters.
from multiprocessing import Manager


def last_line(e):
    return str(e).strip().splitlines()[-2]


if __name__ == '__main__':
    with Manager() as m:
        for make in [lambda: m.list(5), lambda: m.dict(3), lambda: m.Array('i', ['x']), lambda: m.Array('u', [1])]:
            try:
                make()
            except Exception as e:
                print(type(e).__name__, last_line(e))
        letters = m.Array('u', 'abc')
        letters[0] = 'z'
        print(letters, letters[1:], len(letters))
        try:
            letters[1] = 'xy'
        except TypeError as e:
            print('TypeError', e)
        print(m.list([1]))
        # 3.11's threading.Barrier accepts any parties; a wait on Barrier(0) times out broken.
        nobody = m.Barrier(0)
        print(nobody.parties, nobody.n_waiting)
        try:
            nobody.wait(0.05)
        except Exception as e:
            print(type(e).__name__, nobody.broken)
