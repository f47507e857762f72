# -*- coding:utf-8 -*-
# os.environ.get 带默认值, os.getenv, 在进程里设置和删除环境变量
import os

if __name__ == '__main__':
    print(os.environ.get('PY2TS_CORPUS_UNSET_VARIABLE'))
    print(os.environ.get('PY2TS_CORPUS_UNSET_VARIABLE', 'default value'))
    print(os.getenv('PY2TS_CORPUS_UNSET_VARIABLE', 'getenv default'))
    os.environ['PY2TS_CORPUS_WORKERS'] = '4'
    workers = int(os.environ.get('PY2TS_CORPUS_WORKERS', '1'))
    print('workers =', workers, type(os.environ['PY2TS_CORPUS_WORKERS']).__name__)
    print('PY2TS_CORPUS_WORKERS' in os.environ, os.getenv('PY2TS_CORPUS_WORKERS'))
    del os.environ['PY2TS_CORPUS_WORKERS']
    print('PY2TS_CORPUS_WORKERS' in os.environ, os.environ.get('PY2TS_CORPUS_WORKERS', 'gone'))
    try:
        os.environ['PY2TS_CORPUS_UNSET_VARIABLE']
    except KeyError as e:
        print('KeyError:', e)
    try:
        os.environ['PY2TS_CORPUS_NUMBER'] = 5
    except TypeError as e:
        print('TypeError:', e)
    os.environ.setdefault('PY2TS_CORPUS_MODE', 'fast')
    os.environ.setdefault('PY2TS_CORPUS_MODE', 'slow')
    print(os.environ['PY2TS_CORPUS_MODE'], os.environ.pop('PY2TS_CORPUS_MODE'), os.environ.pop('PY2TS_CORPUS_MODE', None))
    print(os.sep, os.path.join('a', 'b.jpg'), os.path.basename('/tmp/x/c.jpg'), os.path.splitext('a.tar.gz'))
