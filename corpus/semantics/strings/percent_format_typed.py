# '%d' / '%s' with a literal format and int or str operands, and f-strings of ints
# and strs: negative ints, ints past 2**53, empty strings, '%%', unicode text.
def describe(n, name):
    parts = []
    for i in range(-2, n):
        parts.append('%s#%d' % (name, i))
        parts.append(f'{name}:{i}')
    return ' '.join(parts)


big = 2 ** 53 + 1
huge = 3 ** 80
print(describe(3, 'item'))
print('%d %i %s' % (big, -big, huge))
print(f'{big} {-huge} {huge * 0}')
print('100%% of %s' % '')
print('%s与%s' % ('中文', '文本'), f'{"中文"}{len("中文")}')
print('%d' % (7 // 2), '%s' % (-7 // 2), '%d%%' % (10 ** 20))
count = 0
for word in ['a', 'bb', 'ccc']:
    count += len(word)
    print('%s has %d letters, %d so far' % (word, len(word), count))
try:
    print('%d %d' % (1,))
except TypeError as e:
    print('TypeError:', e)
try:
    print('%d' % (1, 2))
except TypeError as e:
    print('TypeError:', e)
