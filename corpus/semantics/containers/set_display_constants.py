# -*- coding:utf-8 -*-
# 常量集合字面量: Python 3 编译器把三个以上常量的 {...} 折叠成 frozenset 常量,
# 再把它并入一个空集合; 相同的常量集合在整个模块里只有一个 (第一次编译的那个),
# 所以打印顺序取决于编译顺序, 不只取决于元素.
# {1, 9, 17, 25} 和 {25, 17, 9, 1} 的哈希表布局不同, 打印出来就能看出是哪一个.


def build_in_function():
    # 和模块里后面的 {25, 17, 9, 1} 是同一个常量 (函数体先编译)
    return {9, 1, 25, 17}


class Config:
    # 类体在基类之前编译
    modes = {25, 17, 9, 1}


def default_arg(s={1, 9, 17, 25}):
    return s


if __name__ == '__main__':
    print({1, 9, 17, 25})
    print({100, 5, 37})
    print({25, 17, 9, 1})
    print(build_in_function())
    print(Config.modes, default_arg())

    # 两个元素的字面量一个一个地加; for 循环里的字面量是 frozenset 常量本身
    print({7, 15}, {15, 7})
    for x in {15, 7}:
        print('for', x)
    print([y for y in {23, 7, 15}])
    print({23, 7, 15})

    # in 右边的字面量也是常量, 它先出现就决定了布局
    c = 11
    print({3, 11, 19} if c in {19, 11, 3} else None)

    # 推导式: 元素里的字面量先编译, 最外层的可迭代对象后编译
    print([{2, 10, 18} for x in {18, 10, 2}][0])
    print(sorted({2, 10, 18}))

    # try 的 else 在 except 之前编译
    try:
        pass
    except ValueError:
        print({4, 12, 20, 28})
    else:
        print({28, 20, 12, 4})
    print({4, 12, 20, 28})

    # 类型不同就是不同的常量: 1 和 1.0 和 True
    print({1.0, 9, 17, 25}, {True, 9, 17, 25}, {1, 9, 17, 25, 25})
    # 折叠以后是常量的表达式: -1, 2 ** 3, (1, 2), 'ab' * 2
    print({-1, 2 ** 3, 7, (1, 2), 'ab' * 2 == 'abab'})
    print({-1, 8, 7, (1, 2), True})
    # 不是常量: 一个一个地加
    n = 25
    print({1, 9, 17, n})
    s = {1, 9, 17, 25}
    s.add(33)
    print(s, len(s))
