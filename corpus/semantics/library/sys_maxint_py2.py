# sys.maxint and sys.maxsize in Python 2: a C long's limits; one past them is a long.
import sys
from sys import maxint
print sys.maxint, maxint == sys.maxsize, -sys.maxint - 1
print type(sys.maxint).__name__, type(sys.maxint + 1).__name__, type(-sys.maxint - 1).__name__
print repr(sys.maxint + 1), repr(-sys.maxint - 2), sys.maxint * 2 + 1
print sys.maxint // 2 ** 32, sys.maxint % 1000, hex(sys.maxint)
