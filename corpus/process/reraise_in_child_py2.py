# -*- coding:utf-8 -*-
# 子进程里重新抛出异常: traceback 从 raise 的地方开始 (Python 3 还保留原来的帧)
from multiprocessing import Process, Pool
import sys


def parse(text):
    return int(text)


def retry_then_raise(text):
    # 记录最后一次错误, 重试结束后再抛出
    last_error = None
    for attempt in range(2):
        try:
            parse(text)
        except ValueError as e:
            print 'attempt %d failed: %s' % (attempt, e)
            last_error = e
    raise last_error


def log_and_reraise(text):
    try:
        parse(text)
    except ValueError as e:
        print 'bad input: %r' % text
        raise e


def make_error(code):
    return KeyError(code)


def raise_made(code):
    raise make_error(code)


if __name__ == '__main__':
    for target, arg in [(retry_then_raise, 'x'), (log_and_reraise, 'y'), (raise_made, 'k')]:
        p = Process(target=target, args=(arg,))
        p.start()
        p.join()
        sys.stdout.flush()
        print "%s exit code %d" % (target.__name__, p.exitcode)
    pool = Pool(2)
    print pool.map(parse, ['1', '2'])
    # 任务里的异常在 map() 里重新抛出
    print pool.map(parse, ['3', 'four'])
