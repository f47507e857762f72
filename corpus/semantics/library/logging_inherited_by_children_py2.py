# -*- coding: utf-8 -*-
# 父进程配置 logging，子进程继承配置（fork），模块级的 logger 在子进程里也能用
import logging
import sys
from multiprocessing import Process, Pool

logging.basicConfig(level=logging.INFO, format='%(processName)s %(levelname)s %(name)s: %(message)s', stream=sys.stdout)
log = logging.getLogger('app')
worker_log = logging.getLogger('app.worker')
worker_log.setLevel(logging.WARNING)
quiet = logging.getLogger('quiet')
quiet.disabled = True
detail = logging.StreamHandler(sys.stdout)
detail.setFormatter(logging.Formatter('[detail] %(levelname)s %(message)s'))
audit = logging.getLogger('audit')
audit.addHandler(detail)
audit.propagate = False


def child(n):
    log.info('子进程 %d 开始', n)
    worker_log.info('不会显示')
    worker_log.warning('警告 %d', n)
    quiet.error('也不会显示')
    audit.info('审计 %d', n)
    print 'same handler: %s' % (audit.handlers[0] is detail)


def square(x):
    logging.getLogger('app').info('计算 %d', x)
    return x * x


if __name__ == '__main__':
    log.info('主进程开始')
    for i in range(2):
        p = Process(target=child, args=(i,))
        p.start()
        p.join()
    pool = Pool(1)
    print pool.map(square, [3])
    pool.close()
    pool.join()
    log.info('结束')
