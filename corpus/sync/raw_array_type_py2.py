# Python 2: a raw shared array's class is named after its element type and length.
import multiprocessing

if __name__ == '__main__':
    a = multiprocessing.Array('i', 3, lock=False)
    b = multiprocessing.RawArray('d', 2)
    c = multiprocessing.Array('c', 5)
    for arr in (a, b, c.get_obj()):
        print type(arr).__name__, repr(type(arr))
    print type(a) is type(multiprocessing.RawArray('i', 3)), type(a).__bases__
    try:
        a.get_obj()
    except AttributeError as e:
        print 'AttributeError:', e
