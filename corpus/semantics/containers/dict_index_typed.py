# Reading and writing a dict the compiler knows is a dict, inside functions: equal
# keys of different types (1, 1.0, True), tuple keys, KeyError texts, augmented
# assignment to a missing key, counting words.
def tally(words):
    counts = {}
    for w in words:
        counts[w] = counts.get(w, 0) + 1
    return counts


def keys_demo():
    d = {1: 'int'}
    d[1.0] = 'float'
    d[True] = 'bool'
    d[(1, 2)] = 'tuple'
    d['x'] = 0
    d['x'] += 5
    print(d, d[1], d[1, 2], d[1.0], len(d))
    for missing in ['y', (2, 1), 2.5, None]:
        try:
            print(d[missing])
        except KeyError as e:
            print('KeyError:', e, repr(e))
    try:
        d['z'] += 1
    except KeyError as e:
        print('KeyError:', e)
    try:
        d[[1]] = 2
    except TypeError as e:
        print('TypeError:', e)


print(tally('the quick the lazy the end'.split()))
print(tally(['中文', '文本', '中文']))
keys_demo()
