# object() as a sentinel: identity, equality, its type, isinstance, repr's shape.
_missing = object()
def get(d, k, default=_missing):
    v = d.get(k, _missing)
    if v is _missing:
        return "none" if default is _missing else default
    return v
print(get({"a": 1}, "a"), get({}, "a"), get({}, "a", 5), type(_missing).__name__, _missing == _missing, _missing == object(), isinstance(_missing, object))
print(repr(object())[:17], str(type(object())))
