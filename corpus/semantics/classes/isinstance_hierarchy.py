# -*- coding:utf-8 -*-
# isinstance / issubclass / type 在类层次上的结果, 包括内建类型和多重继承

class Base(object):
    pass

class Left(Base):
    pass

class Right(Base):
    pass

class Both(Left, Right):
    pass

def kind(value):
    if isinstance(value, bool):
        return 'bool'
    if isinstance(value, int):
        return 'int'
    if isinstance(value, float):
        return 'number'
    if isinstance(value, (list, tuple)):
        return 'sequence'
    if isinstance(value, Base):
        return 'Base:' + type(value).__name__
    return 'other:' + type(value).__name__

if __name__ == '__main__':
    b = Both()
    print(isinstance(b, Both), isinstance(b, Left), isinstance(b, Right), isinstance(b, Base), isinstance(b, object))
    print(isinstance(Left(), Right), issubclass(Both, (Right, str)), issubclass(Base, Base), issubclass(bool, int))
    print(type(b) is Both, type(b) == Left, type(b).__name__, b.__class__.__name__)
    print([c.__name__ for c in Both.__mro__], [c.__name__ for c in Both.__bases__])
    print([kind(v) for v in [True, 3, 2.5, [1], (1,), b, Left(), 'str', None, {}]])
    print(isinstance(3, object), isinstance(int, type), isinstance(Base, type), type(type).__name__)
    print(issubclass(KeyError, LookupError), issubclass(ZeroDivisionError, ArithmeticError), issubclass(ValueError, Exception))
    print(type(None).__name__, type(print).__name__, type(len).__name__, type(kind).__name__, type(range(2)).__name__)
    print(isinstance(1, (int, float)) and not isinstance(1.0, int))
