# -*- coding:utf-8 -*-
# logging.basicConfig + info/warning/exception, 默认格式 LEVEL:logger:message 写到 stderr
import logging

def process_url(url):
    if not url.startswith('http'):
        raise ValueError('bad url: ' + url)
    return url

def do_work(work_items):
    result_items = []
    for item in work_items:
        try:
            result_items.append(process_url(item))
        except Exception:
            logging.exception('Error in worker')
    logging.info('work_queue joined')
    return result_items

if __name__ == '__main__':
    logging.debug('debug is below the default WARNING level, not shown')
    logging.info('info is not shown either')
    logging.warning('ThreadedWorker Queue was empty or Queue.get() timed out')
    logging.basicConfig(level=logging.INFO)   # 已经有 handler 了, 这次调用不生效
    logging.info('still not shown: the first warning() call configured the root logger')
    root = logging.getLogger()
    root.setLevel(logging.INFO)
    results = do_work(['http://url1.com', 'ftp-site', 'http://site2.com'])
    print(results)
    logging.info('found result[:500]: ' + repr(results)[:20])
    logging.error('error with args %s and %d', 'x', 3)
    logging.critical('critical message')
    log = logging.getLogger('worker')
    log.warning('named logger %s', 'warning')
    log.debug('not shown')
    print(logging.getLevelName(logging.INFO), logging.WARNING, root.level)
