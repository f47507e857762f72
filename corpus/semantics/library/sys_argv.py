# -*- coding:utf-8 -*-
# py2ts: args=["Process0", "16", "中文", "--verbose"]
# sys.argv: 命令行参数 (argv[0] 是脚本路径, 只打印文件名)
import os
import sys

def parse(argv):
    options = {'verbose': False, 'names': []}
    for arg in argv:
        if arg.startswith('--'):
            options[arg[2:]] = True
        else:
            options['names'].append(arg)
    return options

if __name__ == '__main__':
    print(os.path.basename(sys.argv[0]))
    print(len(sys.argv), sys.argv[1:])
    opts = parse(sys.argv[1:])
    print(opts)
    count = int(sys.argv[2]) if len(sys.argv) > 2 else 8
    print('pool size', count, count * 2)
    for i, arg in enumerate(sys.argv[1:], 1):
        print('argv[%d] = %s (%d chars)' % (i, arg, len(arg)))
    print(type(sys.argv).__name__, all(isinstance(a, str) for a in sys.argv))
