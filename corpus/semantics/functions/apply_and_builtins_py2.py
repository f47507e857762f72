# -*- coding:utf-8 -*-
# Python 2 的函数相关内建: apply, callable, 函数属性 func_name/func_defaults

def run_proc(name, times=2):
  return '%s x %d' % (name, times)

def info(title, *args, **kwargs):
  return title, args, sorted(kwargs.items())

if __name__ == '__main__':
  print apply(run_proc, ('Process0',))
  print apply(run_proc, ('Process1',), {'times': 5})
  print apply(info, ('t', 1, 2), {'k': 'v'})
  print run_proc.func_name, run_proc.func_defaults, run_proc.__name__
  print callable(run_proc), callable('x'), callable(len)
  f = run_proc
  print f('alias'), f is run_proc
  print map(run_proc, ['a', 'b'], [1, 3])
  print reduce(lambda a, b: a + [b], [1, 2, 3], [])
  print info('only'), info('kw', x=1)
  run_proc.calls = 3
  print run_proc.calls
