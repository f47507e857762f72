# -*- coding:utf-8 -*-
# __eq__ / __lt__ / __le__ / __hash__: 排序自定义对象, 反射比较, 集合和字典

class Version(object):
    def __init__(self, major, minor):
        self.major = major
        self.minor = minor

    def __eq__(self, other):
        if not isinstance(other, Version):
            return NotImplemented
        return (self.major, self.minor) == (other.major, other.minor)

    def __lt__(self, other):
        return (self.major, self.minor) < (other.major, other.minor)

    def __le__(self, other):
        return self == other or self < other

    def __hash__(self):
        return hash((self.major, self.minor))

    def __repr__(self):
        return 'v%d.%d' % (self.major, self.minor)

class Plain(object):
    pass

if __name__ == '__main__':
    versions = [Version(2, 7), Version(3, 11), Version(3, 6), Version(2, 7)]
    print(sorted(versions), max(versions), min(versions))
    print(Version(3, 6) == Version(3, 6), Version(3, 6) != Version(3, 7), Version(1, 0) == 'v1.0')
    print(Version(2, 7) < Version(3, 0), Version(3, 0) > Version(2, 7), Version(3, 0) >= Version(3, 0))
    print(len(set(versions)), {Version(2, 7): 'py2'}[Version(2, 7)], Version(3, 11) in versions)
    print(versions.count(Version(2, 7)), versions.index(Version(3, 6)))
    a, b = Plain(), Plain()
    print(a == a, a == b, a != b, a in [a], b in [a])
    try:
        print(a < b)
    except TypeError as e:
        print('TypeError:', e)
    try:
        print(Version(1, 0) < 5)
    except AttributeError as e:
        print('AttributeError:', e)
    print(sorted(versions, reverse=True), sorted(versions, key=lambda v: -v.minor))
