# Evaluates Python snippets (a JSON list on argv[1]) in the running CPython and
# prints a JSON list of results: repr() of the last line's value, or
# "ExceptionName: message" when the snippet raises. Earlier lines are statements.
# Runs under 2.7 and 3.x; genCases.py drives it.
import json
import re
import sys
import warnings

warnings.simplefilter("ignore")

PY3 = sys.version_info[0] == 3
if PY3:
    from functools import reduce
else:
    reduce = reduce


def describe(source):
    lines = source.split("\n")
    ns = {"reduce": reduce, "__name__": "__main__"}
    try:
        last = lines[-1]
        if last[:1].isspace():
            # The snippet ends inside a block (`for ...:` body): it is all statements.
            exec(source, ns)
            last = "None"
        elif len(lines) > 1:
            exec("\n".join(lines[:-1]), ns)
        try:
            code = compile(last, "<case>", "eval")
        except SyntaxError:
            # A statement last (`a[5] = 1`): run it; the case's value is None.
            exec(last, ns)
            code = compile("None", "<case>", "eval")
        text = repr(eval(code, ns))
    except Exception as e:
        text = "%s: %s" % (type(e).__name__, e)
    return re.sub(r"at 0x[0-9a-f]+", "at 0xADDR", text)


print(json.dumps([describe(s) for s in json.load(open(sys.argv[1]))]))
