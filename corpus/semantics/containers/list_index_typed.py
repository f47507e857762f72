# Indexing lists and tuples by ints inside functions (the compiler knows both types):
# negative indexes, the last element, out-of-range reads and writes, indexes past
# 2**53, a bool index, swaps through subscripts, augmented assignment to an item.
def bubble(xs):
    n = len(xs)
    for i in range(n):
        for j in range(n - i - 1):
            if xs[j] > xs[j + 1]:
                xs[j], xs[j + 1] = xs[j + 1], xs[j]
    return xs


def probe(xs, pair, k):
    print(xs[0], xs[-1], xs[k], xs[-k], pair[0], pair[-1], pair[k - 2])
    xs[-1] += 100
    xs[k] *= 2
    xs[0], xs[1] = xs[1], xs[0]
    print(xs)
    for bad in [len(xs), -len(xs) - 1, 2 ** 70]:
        try:
            print(xs[bad])
        except IndexError as e:
            print('IndexError:', e)
        try:
            xs[bad] = 0
        except IndexError as e:
            print('IndexError:', e)
        try:
            print(pair[bad])
        except IndexError as e:
            print('IndexError:', e)
    print(xs[True], xs[len(xs) - 1])


print(bubble([5, 3, 9, 1, 7, 3, 0, -2]))
print(bubble([(i * 37) % 11 for i in range(12)]))
probe([10, 20, 30, 40], ('a', 'b', 'c'), 2)
grid = [[0] * 3 for _ in range(3)]
for r in range(3):
    for c in range(3):
        grid[r][c] = r * 3 + c
print(grid, grid[-1][-1])
