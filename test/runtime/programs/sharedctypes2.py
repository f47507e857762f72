# Python 2. c_char holds a one-character str; char arrays give str; 2.7's messages.
import multiprocessing as mp

def attempt(label, f):
    try:
        result = repr(f())
        print label, '->', result
    except Exception as e:
        print label, '!!', type(e).__name__, str(e)

def assign(obj, value):
    obj.value = value
    return obj.value

if __name__ == '__main__':
    attempt('c', lambda: mp.Value('c', 'x'))
    attempt('c value', lambda: mp.Value('c', 'x').value)
    attempt('c from int', lambda: mp.Value('c', 65))
    s = mp.Array('c', 'hello')
    attempt('char array', lambda: (s.value, s.raw, s[0], s[1:3], len(s)))
    t = mp.Array('c', 4)
    attempt('set value', lambda: (assign(t, 'ab'), t.raw))
    attempt('set value too long', lambda: assign(t, 'abcde'))
    v = mp.Value('i', 1)
    attempt('float into int', lambda: assign(v, 1.5))
    attempt('str into int', lambda: assign(v, 'a'))
    attempt('d str', lambda: mp.Value('d', 'x'))
