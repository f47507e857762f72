# -*- coding:utf-8 -*-
# logging.basicConfig(level=..., format=...) 在第一次记录之前调用
import logging

logging.basicConfig(level=logging.DEBUG, format='%(levelname)s - %(name)s - %(message)s')

def divide(a, b):
    logging.debug('divide(%d, %d)', a, b)
    return a / b

if __name__ == '__main__':
    logging.info('Run the main process.')
    print('result', divide(10, 4))
    try:
        divide(1, 0)
    except ZeroDivisionError:
        logging.exception('divide failed')
    logging.getLogger('Process-1').info('子进程 %s 开始', 'Process-1')
    logging.warning('%d%% done', 50)
    logging.log(logging.ERROR, 'via log()')
    print('done')
