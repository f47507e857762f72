# -*- coding:utf-8 -*-
# 一个进程模拟下载图片放进队列, 另一个进程从队列取出保存; 2 秒取不到就认为保存完毕
from multiprocessing import Process, Queue
from time import sleep


def download(q):
    images = ['a.jpg', 'b.jpg', 'c.jpg']
    for i in images:
        print('正在下载', i)
        sleep(0.5)
        q.put(i)


def getfile(q):
    while True:
        try:
            file = q.get(timeout=2)
            print('{}文件保存成功'.format(file))
        except:
            print('保存完毕')
            break


if __name__ == '__main__':
    q = Queue(5)
    p1 = Process(target=download, args=(q,))
    p2 = Process(target=getfile, args=(q,))
    p1.start()
    p1.join()  # 放了 join 就相当于 p1 插队了
    p2.start()
    p2.join()
    print('主进程结束')
