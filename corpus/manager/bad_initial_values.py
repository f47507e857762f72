# -*- coding:utf-8 -*-
# Manager 创建共享对象失败时, 调用方得到 RemoteError; 'u' 数组存放字符
from multiprocessing import Process, Manager


def shout(letters):
    for i in range(len(letters)):
        letters[i] = letters[i].upper()


if __name__ == '__main__':
    with Manager() as manager:
        for label, make in [('list', lambda: manager.list(10)), ('array', lambda: manager.Array('i', ['一'])),
                            ('chars', lambda: manager.Array('u', [65]))]:
            try:
                make()
            except Exception as e:
                print(label, type(e).__name__, str(e).strip().splitlines()[-2])
        letters = manager.Array('u', 'hello')
        p = Process(target=shout, args=(letters,))
        p.start()
        p.join()
        print(letters, letters[:2])
        # Python 3.11 的 threading.Barrier 不检查 parties
        nobody = manager.Barrier(0)
        print(nobody.parties)
        try:
            nobody.wait(0.05)
        except Exception as e:
            print(type(e).__name__, nobody.broken)
