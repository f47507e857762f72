# -*- coding:utf-8 -*-
# 未捕获的异常链: 处理一个异常时又出错, traceback 依次打印两个异常; lambda 和列表推导式的栈帧名字

def load(config):
    try:
        return config['workers']
    except KeyError:
        parse = lambda text: [int(part) for part in text.split(',')]
        return parse(config.get('fallback', '4,x'))

if __name__ == '__main__':
    print('loading')
    print(load({'workers': 2}))
    print(load({}))
    print('never reached')
