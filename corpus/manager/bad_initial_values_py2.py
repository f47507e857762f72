# -*- coding:utf-8 -*-
# Manager 创建共享对象失败 (Python 2)
from multiprocessing import Manager


if __name__ == '__main__':
    manager = Manager()
    for label, make in [('list', lambda: manager.list(10)), ('dict', lambda: manager.dict(3)),
                        ('array', lambda: manager.Array('i', ['x']))]:
        try:
            make()
        except Exception, e:
            print label, type(e).__name__, str(e).strip().splitlines()[-2]
    print manager.Array('i', [1, 2])
    manager.shutdown()
