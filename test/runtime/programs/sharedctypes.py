# Value/Array semantics without processes: C conversions (wrapping ints, float32,
# bool), CPython's errors, reprs, slicing, and the locks the wrappers carry.
import multiprocessing as mp
import ctypes

def attempt(label, f):
    try:
        print(label, '->', repr(f()))
    except Exception as e:
        print(label, '!!', type(e).__name__, str(e))

def assign(obj, value):
    obj.value = value
    return obj.value

def set_item(arr, index, value):
    arr[index] = value
    return arr[:]

if __name__ == '__main__':
    v = mp.Value('i', 5)
    attempt('repr', lambda: repr(v))
    attempt('value', lambda: v.value)
    attempt('get_obj', lambda: v.get_obj())
    attempt('get_lock', lambda: v.get_lock())
    attempt('wrap 2**31', lambda: assign(v, 2 ** 31))
    attempt('wrap 2**32+7', lambda: assign(v, 2 ** 32 + 7))
    attempt('wrap 2**70', lambda: assign(v, 2 ** 70))
    attempt('bool', lambda: assign(v, True))
    attempt('float into int', lambda: assign(v, 1.5))
    attempt('str into int', lambda: assign(v, 'a'))
    attempt('default i', lambda: mp.Value('i'))
    attempt('default d', lambda: mp.Value('d'))
    attempt('d from int', lambda: mp.Value('d', 1).value)
    attempt('f rounds', lambda: mp.Value('f', 0.1).value)
    attempt('d str', lambda: mp.Value(ctypes.c_double, 'x'))
    for code in 'bBhHiIlLqQ':
        attempt('typecode ' + code, lambda: mp.Value(code, -1))
    attempt('b 200', lambda: mp.Value('b', 200))
    attempt('l 2**63', lambda: mp.Value('l', 2 ** 63))
    attempt('c_bool', lambda: mp.Value(ctypes.c_bool, 5))
    attempt('c_ubyte 300', lambda: mp.Value(ctypes.c_ubyte, 300))
    attempt('c_int64', lambda: mp.Value(ctypes.c_int64, 7))
    attempt('bad typecode', lambda: mp.Value('z', 1))
    attempt('too many args', lambda: mp.Value('i', 1, 2))
    attempt('lock=False', lambda: mp.Value('i', 3, lock=False))
    attempt('RawValue', lambda: mp.RawValue('i', 3))
    attempt('given lock', lambda: mp.Value('i', 3, lock=mp.Lock()).get_lock())
    attempt('bad lock', lambda: mp.Value('i', 3, lock=5))
    attempt('acquire/release', lambda: (v.acquire(), v.release()))
    attempt('enter/exit', lambda: (v.__enter__(), v.__exit__(None, None, None)))
    a = mp.Array('i', [1, 2, 3])
    attempt('len', lambda: len(a))
    attempt('index', lambda: (a[0], a[-1], a[1:], a[:], a[::2], list(a)))
    attempt('out of range', lambda: a[3])
    attempt('negative out of range', lambda: a[-4])
    attempt('set', lambda: set_item(a, 0, 10))
    attempt('set slice', lambda: set_item(a, slice(0, 2), [7, 8]))
    attempt('set slice wrong size', lambda: set_item(a, slice(0, 2), [7]))
    attempt('set float', lambda: set_item(a, 0, 1.5))
    attempt('set out of range', lambda: set_item(a, 5, 1))
    attempt('zeros', lambda: mp.Array('i', 4)[:])
    attempt('doubles', lambda: mp.Array('d', [1, 2.5])[:])
    attempt('RawArray', lambda: mp.RawArray('h', [1, 2])[:])
    attempt('get_obj', lambda: a.get_obj()[:])
    attempt('iterate', lambda: [x for x in a])
    attempt('negative size', lambda: mp.Array('i', -1))
    attempt('str initializer', lambda: mp.Array('i', 'abc'))
    attempt('c_int', lambda: ctypes.c_int(2 ** 31))
    attempt('c_double', lambda: ctypes.c_double(2))
    attempt('c_float value', lambda: ctypes.c_float(0.1).value)
    attempt('c', lambda: mp.Value('c', b'x'))
    attempt('c value', lambda: mp.Value('c', b'x').value)
    attempt('c from int', lambda: mp.Value('c', 65))
    attempt('c from str', lambda: mp.Value('c', 'x'))
    s = mp.Array('c', b'hello')
    attempt('char array', lambda: (s.value, s.raw, s[0], s[1:3], len(s)))
    t = mp.Array('c', 10)
    attempt('char array zeros', lambda: (t.value, t.raw))
    attempt('set value', lambda: (assign(t, b'abc'), t.raw))
    attempt('set value too long', lambda: assign(t, b'a' * 11))
    attempt('set value exact', lambda: (assign(t, b'a' * 10), t.raw))
    attempt('set value str', lambda: assign(t, 'abc'))
