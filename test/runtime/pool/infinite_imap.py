# imap over an endless generator: tasks are made as the workers take them.
from multiprocessing import Pool

def gen():
    i = 0
    while True:
        yield i
        i += 1

def square(x):
    return x * x

if __name__ == '__main__':
    p = Pool(2)
    out = []
    for v in p.imap(square, gen()):
        out.append(v)
        if len(out) == 10:
            break
    print(out)
    p.terminate()
    p.join()
    print('end')
