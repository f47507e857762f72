# -*- coding:utf-8 -*-
# Python 2 的 logging: 默认格式相同, exception() 附带 traceback
import logging

logging.basicConfig(level=logging.INFO)

def work(item):
  if item < 0:
    raise ValueError('negative item %d' % item)
  return item * 2

if __name__ == '__main__':
  results = []
  for item in [1, -2, 3]:
    try:
      results.append(work(item))
    except:
      logging.exception('Error in ThreadedWorker')
  logging.info('work_queue joined')
  print results
  logging.warning('ThreadedWorker Queue was full or Queue.put() timed out')
  logging.debug('not shown at INFO level')
  logging.getLogger('worker').error('worker %s failed with code %d', 'w1', 3)
