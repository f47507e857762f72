# float.fromhex in Python 2 (str and unicode arguments, its errors); str.maketrans and
# int.from_bytes are Python 3 only; an unknown method of a str raises AttributeError.
print float.fromhex('0x1.8p1'), repr(float.fromhex(u' -0x10p-2 '))
try:
    float.fromhex('0x')
except ValueError as e:
    print 'ValueError:', e
try:
    float.fromhex(5)
except TypeError as e:
    print 'TypeError:', e
try:
    str.maketrans('a', 'b')
except AttributeError as e:
    print 'AttributeError:', e
try:
    int.from_bytes('\x01', 'big')
except AttributeError as e:
    print 'AttributeError:', e
s = 'abc'
try:
    s.frobnicate()
except AttributeError as e:
    print 'AttributeError:', e
