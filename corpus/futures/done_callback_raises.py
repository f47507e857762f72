# -*- coding:utf-8 -*-
# add_done_callback 的回调抛出异常: "exception calling callback for <Future ...>" 和 traceback,
# traceback 从调用回调处开始 (不含 main 和等待的帧); 其余回调照常执行, 程序正常结束
from concurrent.futures import ProcessPoolExecutor
import time

def square(n):
    return n * n

def strict(future):
    value = future.result()
    print('strict 看到', value)
    if value > 10:
        raise RuntimeError('结果 %d 太大' % value)

def relaxed(future):
    print('relaxed 看到', future.result())

def main():
    with ProcessPoolExecutor(max_workers=2) as executor:
        big = executor.submit(square, 5)
        big.add_done_callback(strict)
        big.add_done_callback(relaxed)
        time.sleep(0.5)
        print('已完成后再加回调')
        big.add_done_callback(strict)
        small = executor.submit(square, 3)
        small.add_done_callback(strict)
        print('small =', small.result())
    print('结束')

if __name__ == '__main__':
    main()
