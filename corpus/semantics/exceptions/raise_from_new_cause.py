# -*- coding:utf-8 -*-
# raise ... from 新建的异常: 原因从来没有被抛出过, 没有 traceback, 只打印类型和信息

class ConfigError(Exception):
    pass


def read_port(config):
    return int(config['port'])


errors = []
for config in [{'port': '80'}, {'port': 'http'}, {}]:
    try:
        print('port', read_port(config))
    except (KeyError, ValueError) as e:
        print('skip %r: %r' % (config, e))
        errors.append(e)

if errors:
    raise ConfigError('%d bad configs' % len(errors)) from LookupError(', '.join(repr(e) for e in errors))
