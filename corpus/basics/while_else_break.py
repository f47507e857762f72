# -*- coding:utf-8 -*-
# while / else 和 break / continue

def find_first(items, target):
  i = 0
  while i < len(items):
    if items[i] == target:
      print 'found', target, 'at', i
      break
    i += 1
  else:
    print target, 'not found'   # 没有 break 时才执行 else

if __name__ == '__main__':
  find_first(['a.jpg', 'b.jpg', 'c.jpg'], 'b.jpg')
  find_first(['a.jpg', 'b.jpg', 'c.jpg'], 'd.jpg')
  n = 0
  while True:
    n += 1
    if n % 2 == 0:
      continue
    if n > 9:
      break
    print n,
  print
  count = 3
  while count:
    print 'count', count
    count -= 1
  else:
    print 'loop finished, count =', count
  queue = [1, 2, 3]
  while queue:
    print 'get', queue.pop(0)
  print '保存完毕'
