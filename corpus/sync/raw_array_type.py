# A raw shared array is a ctypes array: its class is named after the element type
# and length (c_int_Array_3), in the parent and in a child, and it has no get_obj().
import multiprocessing


def describe(label, arr):
    print(label, type(arr).__name__, repr(type(arr)))


def child(arr, wrapped):
    describe('child raw:', arr)
    describe('child wrapped:', wrapped.get_obj())
    arr[0] = 99


if __name__ == '__main__':
    a = multiprocessing.Array('i', 3, lock=False)
    b = multiprocessing.RawArray('i', [1, 2, 3])
    c = multiprocessing.Array('d', 2)
    s = multiprocessing.RawArray('c', 4)
    describe('lock=False:', a)
    describe('RawArray:', b)
    describe('Array:', c)
    describe('inside Array:', c.get_obj())
    describe('chars:', s)
    print(type(a) is type(b), type(a) == type(multiprocessing.RawArray('i', 4)), isinstance(b, type(a)))
    print(type(a).__module__, type(a).__bases__)
    for obj, name in ((a, 'get_obj'), (b, 'get_lock'), (b, 'value'), (c.get_obj(), 'get_obj')):
        try:
            getattr(obj, name)
        except AttributeError as e:
            print('AttributeError:', e)
    p = multiprocessing.Process(target=child, args=(b, c))
    p.start()
    p.join()
    print(b[:])
