# -*- coding:utf-8 -*-
# 字典: 插入顺序, items/keys/values, get, setdefault, update, pop

def func(dt, lt):
    for i in range(10):
        key = 'arg' + str(i)
        dt[key] = i * i
    lt += range(11, 16)

if __name__ == '__main__':
    dt = {}
    lt = []
    func(dt, lt)
    print(dt, '\n', lt)
    for key, value in dt.items():
        if value > 40:
            print(key, value)
    print(list(dt.keys())[:3], list(dt.values())[-2:])
    print(len(dt), 'arg5' in dt, dt.get('x'), dt.get('x', 0))
    counts = {}
    for word in ['a', 'b', 'a', 'c', 'a', 'b']:
        counts[word] = counts.get(word, 0) + 1
    print(counts)
    groups = {}
    for n in range(7):
        groups.setdefault(n % 3, []).append(n)
    print(groups)
    d = {'name': 'Bob', 'spam': 10}
    d.update({'spam': 11, 'egg': 2})
    print(d, d.pop('egg'), d)
    print(d.pop('missing', 'default'))
    d['name'] = 'Alice'       # 更新已有的键不改变顺序
    print(list(d))
    del d['name']
    d['name'] = 'Carol'       # 删除后再插入就排到最后
    print(d)
    print(dict(a=1, b=2), dict([('x', 1), ('y', 2)]), dict(zip('ab', [1, 2])))
    try:
        print(dt['arg42'])
    except KeyError as e:
        print('KeyError', e)
