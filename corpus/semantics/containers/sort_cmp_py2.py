# -*- coding:utf-8 -*-
# Python 2: sort(cmp=...), cmp(), 不同类型之间也能比较大小

def by_length(a, b):
  return cmp(len(a), len(b))

if __name__ == '__main__':
  words = ['banana', 'fig', 'apple', 'kiwi']
  words.sort(cmp=by_length)
  print words
  print sorted(words, cmp=lambda a, b: cmp(b, a))
  print sorted(words, key=len, reverse=True)
  print cmp(1, 2), cmp('b', 'a'), cmp([1, 2], [1, 2]), cmp((1,), (0, 9))
  print 1 < 'a', None < 0, [] > 10 ** 100, () > [], {} < [], 'a' < u'b'
  print sorted([3, 'x', None, 2.5, [1], (1,), {}])
  print max(1, 'a'), min(None, 0), max([1, 2], (1, 2))
  print sorted([(2, 'b'), (1, 'z'), (2, 'a')])
  nums = [5, 1, 4]
  nums.sort(reverse=True)
  print nums, sorted(nums), sorted(nums, None, None, True)
