# -*- coding:utf-8 -*-
# py2ts: timing="seconds"
# ProcessPoolExecutor: submit 返回 Future, as_completed 按完成的先后给出 Future
from concurrent.futures import ProcessPoolExecutor, as_completed
import os
import time

def download(name, seconds):
    time.sleep(seconds)
    return name, os.getpid() != 0

if __name__ == '__main__':
    start = time.time()
    jobs = {'a.jpg': 0.6, 'b.jpg': 0.2, 'c.jpg': 0.4, 'd.jpg': 0.1}
    with ProcessPoolExecutor(max_workers=4) as executor:
        futures = {executor.submit(download, name, s): name for name, s in jobs.items()}
        for future in as_completed(futures):
            name, ok = future.result()
            print('下载完成', name, futures[future] == name, ok)
        print(all(f.done() for f in futures))
    print('总共 %0.1f seconds' % (time.time() - start))
