# -*- coding:utf-8 -*-
# Python 2: 10/2 是 5 (int), 整数相除向下取整

def describe(label, value):
  print '%-10s %-6r %s' % (label, value, type(value).__name__)

if __name__ == '__main__':
  describe('10/2', 10 / 2)
  describe('10//2', 10 // 2)
  describe('10.0/2', 10.0 / 2)
  describe('9/3', 9 / 3)
  describe('1/4', 1 / 4)
  describe('-1/4', -1 / 4)
  describe('-7/2', -7 / 2)
  describe('7%2.0', 7 % 2.0)
  describe('2**-1', 2 ** -1)
  describe('True/2', True / 2)
  describe('2**63/2', 2 ** 63 / 2)
  half = 10 / 2
  items = [0, 1, 2, 3, 4, 5]
  print items[half], items[10 / 3]
  print [i / 2 for i in range(5)]
  print sum(i / 2 for i in range(4)), sum([1.5, 2.5])
  x = 7
  x /= 2
  print x
  y = 7.0
  y /= 2
  print y
