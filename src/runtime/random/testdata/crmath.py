# -*- coding: utf-8 -*-
# Correctly rounded log, exp, sin, cos, acos and pow (decimal arithmetic at 70
# digits, rounded once to a double), and a copy of this interpreter's random.py
# that uses them: its `**` and pow() calls are rewritten to cr_pow and its math
# imports replaced. Used by genRandomCases.py under CPython 2.7 and 3.11.
import ast
import math
import os
import random
from decimal import Decimal, localcontext

PREC = 70
PI = Decimal("3.14159265358979323846264338327950288419716939937510582097494459230781640628620899862803482534211706798214808651")


def dec(x):
    return Decimal.from_float(float(x))


def cr_log(x, base=None):
    if base is not None:
        return cr_log(x) / cr_log(base)
    x = float(x)
    if not (x > 0) or math.isinf(x):
        return math.log(x)
    with localcontext() as c:
        c.prec = PREC
        return float(dec(x).ln())


def cr_exp(x):
    x = float(x)
    if math.isnan(x) or math.isinf(x) or x > 710 or x < -750:
        return math.exp(x)
    with localcontext() as c:
        c.prec = PREC
        value = dec(x).exp()
        if value > Decimal("1.8e308"):
            return math.exp(x)  # raises OverflowError as CPython does
        return float(value)


def _sin_cos(r):
    """sin(r), cos(r) by Taylor series for a small Decimal r."""
    r2 = r * r
    s, c = Decimal(0), Decimal(0)
    term_s, term_c = r, Decimal(1)
    n = 0
    while term_s != 0 or term_c != 0:
        s += term_s
        c += term_c
        term_s = -term_s * r2 / ((2 * n + 2) * (2 * n + 3))
        term_c = -term_c * r2 / ((2 * n + 1) * (2 * n + 2))
        n += 1
        if n > 200:
            break
    return s, c


def _reduced(x):
    with localcontext() as ctx:
        ctx.prec = PREC + 20
        d = dec(x)
        k = int((d / (PI / 2)).to_integral_value())
        s, c = _sin_cos(d - k * (PI / 2))
        return [(s, c), (c, -s), (-s, -c), (-c, s)][k % 4]


def cr_sin(x):
    if math.isinf(x) or math.isnan(x) or x == 0:
        return math.sin(x)
    return float(_reduced(x)[0])


def cr_cos(x):
    if math.isinf(x) or math.isnan(x):
        return math.cos(x)
    return float(_reduced(x)[1])


def _atan(y):
    """atan(y) for a Decimal y >= 0: halve the angle until y is small, then Taylor."""
    doublings = 0
    while y > Decimal("0.05"):
        y = y / (1 + (1 + y * y).sqrt())
        doublings += 1
    y2, term, total, n = y * y, y, Decimal(0), 0
    while term != 0 and n < 400:
        total += term / (2 * n + 1)
        term = -term * y2
        n += 1
    return total * (2 ** doublings)


def cr_acos(x):
    x = float(x)
    if not (-1.0 <= x <= 1.0):
        return math.acos(x)
    if x == -1.0:
        return float(PI)
    with localcontext() as c:
        c.prec = PREC + 20
        d = dec(x)
        return float(2 * _atan(((1 - d) / (1 + d)).sqrt()))


def cr_pow(x, y):
    """float ** float with a correctly rounded result where libm's pow would be called."""
    if not (isinstance(x, float) or isinstance(y, float)):
        return x ** y
    x, y = float(x), float(y)
    if not (x > 0) or x == 1.0 or y == 0 or math.isinf(x) or math.isinf(y) or math.isnan(y):
        return x ** y
    with localcontext() as c:
        c.prec = PREC
        value = (dec(y) * dec(x).ln()).exp()
        if value > Decimal("1.8e308"):
            return x ** y  # raises OverflowError as CPython does
        return float(value)


class _PowToCall(ast.NodeTransformer):
    """`a ** b` -> `_cr_pow(a, b)`; `pow(a, b)` -> `_cr_pow(a, b)`."""

    def visit_BinOp(self, node):
        self.generic_visit(node)
        if isinstance(node.op, ast.Pow):
            call = ast.Call(func=ast.Name(id="_cr_pow", ctx=ast.Load()), args=[node.left, node.right], keywords=[])
            if hasattr(ast, "Print"):  # Python 2's Call also has starargs/kwargs
                call.starargs = call.kwargs = None
            return ast.copy_location(call, node)
        return node

    def visit_Call(self, node):
        self.generic_visit(node)
        if isinstance(node.func, ast.Name) and node.func.id == "pow":
            node.func = ast.copy_location(ast.Name(id="_cr_pow", ctx=ast.Load()), node.func)
        return node


class _Module(object):
    pass


def correctly_rounded_random():
    path = os.path.splitext(random.__file__)[0] + ".py"
    with open(path) as f:
        tree = ast.parse(f.read(), path)
    tree = ast.fix_missing_locations(_PowToCall().visit(tree))
    namespace = {"__name__": "random_cr", "_cr_pow": cr_pow}
    exec(compile(tree, path, "exec"), namespace)
    namespace.update(_log=cr_log, _exp=cr_exp, _sin=cr_sin, _cos=cr_cos, _acos=cr_acos, _cr_pow=cr_pow)
    namespace["NV_MAGICCONST"] = 4 * cr_exp(-0.5) / math.sqrt(2.0)
    namespace["LOG4"] = cr_log(4.0)
    namespace["SG_MAGICCONST"] = 1.0 + cr_log(4.5)
    module = _Module()
    module.Random = namespace["Random"]
    return module
