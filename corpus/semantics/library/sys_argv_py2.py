# -*- coding:utf-8 -*-
# py2ts: args=["20", "30", "name"]
# Python 2 的 sys.argv: 参数都是字节串
import os
import sys

if __name__ == '__main__':
  print os.path.basename(sys.argv[0])
  print len(sys.argv), sys.argv[1:]
  a, b = int(sys.argv[1]), int(sys.argv[2])
  print range(a, b)[:3], a + b, sys.argv[1] + sys.argv[2]
  for arg in sys.argv[1:]:
    print '%-6s|' % arg, type(arg).__name__
