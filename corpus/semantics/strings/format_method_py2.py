# -*- coding:utf-8 -*-
# Python 2.7 的 str.format: 和 Python 3 大体相同, 但 float 的默认格式不同

def getfile(files):
  for file in files:
    print '{}文件保存成功'.format(file)

if __name__ == '__main__':
  getfile(['a.jpg', 'b.jpg', 'c.jpg'])
  x = 0.1 + 0.2
  print '{}'.format(x), '{!r}'.format(x), '{!s}'.format(x), str(x)
  print '{0} {1} {0}'.format('a', 2 ** 64), '{:d}'.format(2 ** 64)
  print '[{:>8}] [{:<8}] [{:^8}] [{:*^9}]'.format('ab', 'ab', 'ab', 'ab')
  print '{:.2f} {:e} {:g} {:,} {:%}'.format(3.14159, 1234.5, 1e-5, 1234567, 0.5)
  print '{name} is {age}'.format(name='bob', age=30)
  print '{0[0]} {1[k]} {2.real}'.format([9], {'k': 'v'}, 3)
  print '{:08.3f}|{:+d}|{:#x}|{:b}'.format(-3.14159, 5, 255, 10)
  print '{}'.format(1.0), '{}'.format(1e16), '{}'.format(10L), '{}'.format(None)
  print '{}'.format([x]), '{}'.format((1.5, 'a'))
  print format(2.5, '.0f'), format(42, '05d'), format('s', '>3')
  print '{{}} {}'.format('literal braces')
