# -*- coding:utf-8 -*-
# 全局列表 L1 += range(a, b): 在同一个进程里顺序调用时结果会累加
L1 = [1, 2, 3]

def add(a, b):
  global L1
  L1 += range(a, b)
  print L1

def add_copy(a, b):
  # 不用 global: 拼成新列表返回, 不改全局变量
  return L1 + range(a, b)

if __name__ == '__main__':
  add(20, 25)
  add(30, 33)
  print L1
  print add_copy(40, 42)
  print L1
  L = [1, 2, 3]
  part1 = range(20, 23)
  part2 = range(30, 33)
  L += part1 + part2
  print L, len(L)
  L.extend([7, 8])
  L.append([9])
  print L
  L2 = L1
  L2 += [0]
  print L1 is L2, L1[-1]
  L3 = L1[:]
  L3 += [99]
  print L1[-1], L3[-1]
