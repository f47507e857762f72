# -*- coding: utf-8 -*-
# Runs each logging scenario below as its own script (`scenario.py`, so records
# carry that pathname) under CPython 2.7 and 3.11 and writes
# logging.expected.json: stdout, stderr and exit code per dialect, plus the
# regular expressions that blank out times and pids before comparing.
# scenarios.ts holds the TypeScript twin of each scenario (the runtime calls a
# translation makes); logging.cases.test.ts runs those in child processes and
# compares. Never edit the output by hand:
#   ~/.pyenv/versions/3.11.7/bin/python3 genLoggingCases.py
import json
import os
import shutil
import subprocess
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
INTERPRETERS = {
    "py2": os.path.expanduser("~/.pyenv/versions/2.7.18/bin/python"),
    "py3": os.path.expanduser("~/.pyenv/versions/3.11.7/bin/python3"),
}
HEADER = "# -*- coding: utf-8 -*-\nfrom __future__ import print_function\nimport logging\n"
ASCTIME = [r"\d{4}-\d\d-\d\d \d\d:\d\d:\d\d,\d{3}", "<asctime>"]

# name -> (source, dialects, normalisers)
SCENARIOS = {
    "default_format": ("""
logging.debug('not shown')
logging.info('not shown either')
logging.warning('ThreadedWorker Queue was empty or Queue.get() timed out')
logging.error('error with args %s and %d', 'x', 3)
logging.critical('critical message')
logging.fatal('fatal is critical')
logging.log(logging.ERROR, 'via log()')
logging.log(5, 'below every level')
""", ("py2", "py3"), []),
    "basic_level": ("""
logging.basicConfig(level=logging.INFO)
logging.info('work_queue joined')
logging.debug('not shown at INFO level')
logging.warning('%d%% done', 50)
logging.info('found result[:500]: ' + repr([1, 2])[:20])
""", ("py2", "py3"), []),
    "basic_format": ("""
logging.basicConfig(level=logging.DEBUG, format='%(levelname)s - %(name)s - %(message)s')
logging.debug('divide(%d, %d)', 10, 4)
logging.getLogger('Process-1').info('start %s', 'Process-1')
logging.warning('100% sure, no args')
logging.error('%s and %r', 'str', 'repr')
logging.info('mapping %(a)s and %(b)d', {'a': 'x', 'b': 2})
logging.info('list %s tuple %s', [1, 'a'], (2,))
logging.info('none %s bool %s int %d', None, True, 7)
""", ("py2", "py3"), []),
    "config_noop_after_first_call": ("""
logging.warning('first call configures the root logger')
logging.basicConfig(level=logging.INFO, format='%(message)s')
logging.info('still not shown')
root = logging.getLogger()
root.setLevel(logging.INFO)
logging.info('shown now, default format')
print(len(root.handlers), root.level, logging.getLevelName(root.level))
""", ("py2", "py3"), []),
    "seed_set_formatter": ("""
logging.basicConfig(level=logging.INFO)
logging.info('before')
logging.getLogger().handlers[0].setFormatter(logging.Formatter('[worker] %(message)s'))
logging.info('with the new formatter')
logging.getLogger().handlers[0].setFormatter(logging.Formatter('%(message)s'))
logging.info('work_queue joined')
""", ("py2", "py3"), []),
    "hierarchy": ("""
logging.basicConfig(format='%(name)s:%(levelname)s:%(message)s')
child = logging.getLogger('app.db.pool')
child.warning('child before its parents exist')
app = logging.getLogger('app')
app.setLevel(logging.DEBUG)
child.debug('debug passes: app is the effective level')
db = logging.getLogger('app.db')
print(child.parent.name, db.parent.name, app.parent.name)
db.setLevel(logging.ERROR)
child.warning('filtered by app.db')
child.error('passes app.db')
db.propagate = False
child.error('no handler below app.db now')
print(child.getEffectiveLevel(), db.getEffectiveLevel(), app.getEffectiveLevel(), logging.getLogger().getEffectiveLevel())
print(logging.getLogger('app') is app, logging.getLogger('app.db').getChild('pool') is child)
print(child.isEnabledFor(logging.INFO), child.isEnabledFor(logging.ERROR))
""", ("py2", "py3"), []),
    "own_handler": ("""
log = logging.getLogger('worker')
h = logging.StreamHandler()
h.setFormatter(logging.Formatter('[%(name)s] %(levelname)-8s|%(message)s'))
log.addHandler(h)
log.addHandler(h)
log.warning('one line, even with the handler added twice')
log.propagate = False
log.setLevel(logging.INFO)
log.info('info %s', 'shown')
h.setLevel(logging.ERROR)
log.warning('below the handler level')
log.error('at the handler level')
print(len(log.handlers))
log.removeHandler(h)
log.error('no handlers now')
""", ("py2", "py3"), []),
    "no_handlers": ("""
log = logging.getLogger('quiet')
log.info('below WARNING')
log.warning('warning without handlers')
log.error('error without handlers %d', 2)
logging.getLogger('other').critical('again')
logging.getLogger().error('root has no handler either')
""", ("py2", "py3"), []),
    "levels": ("""
print(logging.getLevelName(logging.INFO), logging.getLevelName(15), logging.getLevelName('WARNING'), logging.getLevelName('NOPE'))
print(logging.CRITICAL, logging.FATAL, logging.ERROR, logging.WARNING, logging.WARN, logging.INFO, logging.DEBUG, logging.NOTSET)
logging.addLevelName(25, 'NOTICE')
print(logging.getLevelName(25), logging.getLevelName('NOTICE'))
logging.basicConfig(level='INFO')
logging.log(25, 'custom level %s', 'NOTICE')
logging.getLogger().setLevel(25)
logging.info('hidden')
logging.log(26, 'level without a name')
for bad in ['NOPE', None, 1.5]:
    try:
        logging.getLogger().setLevel(bad)
    except Exception as e:
        print(type(e).__name__, e)
try:
    logging.log('ERROR', 'x')
except Exception as e:
    print(type(e).__name__, e)
""", ("py2", "py3"), []),
    "asctime": ("""
logging.basicConfig(format='%(asctime)s %(levelname)s %(message)s')
logging.warning('default asctime')
h = logging.getLogger().handlers[0]
h.setFormatter(logging.Formatter('%(asctime)s|%(message)s', '%Y/%m/%d %H:%M'))
logging.warning('datefmt')
""", ("py2", "py3"), [ASCTIME, [r"\d{4}/\d\d/\d\d \d\d:\d\d", "<date>"]]),
    "record_fields": ("""
logging.basicConfig(format='%(levelno)s %(levelname)s %(name)s %(module)s %(filename)s %(pathname)s %(processName)s %(process)d %(message)s')
logging.warning('fields')
logging.getLogger('x.y').error('fields of %s', 'x.y')
h = logging.getLogger().handlers[0]
h.setFormatter(logging.Formatter('%(created)f %(msecs)d %(relativeCreated)d %(msecs)03d|%(message)s'))
logging.warning('times')
""", ("py2", "py3"), [[r"MainProcess \d+", "MainProcess <pid>"], [r"^\d+\.\d{6} \d+ \d+ \d{3}\|", "<times>|"]]),
    "exc_info_outside_except": ("""
logging.basicConfig()
logging.error('no exception is being handled', exc_info=True)
logging.warning('exc_info=False', exc_info=False)
""", ("py2", "py3"), []),
    "extra": ("""
logging.basicConfig(format='%(user)s@%(ip)s %(message)s')
logging.warning('login', extra={'user': 'bob', 'ip': '10.0.0.1'})
try:
    logging.warning('clash', extra={'name': 'x'})
except Exception as e:
    print(type(e).__name__, e)
try:
    logging.warning('x', foo=1)
except Exception as e:
    print(type(e).__name__, e)
""", ("py2", "py3"), []),
    "disable": ("""
logging.basicConfig(level=logging.DEBUG)
logging.disable(logging.WARNING)
logging.warning('disabled')
logging.error('shown')
logging.disable(logging.NOTSET)
logging.debug('enabled again')
""", ("py2", "py3"), []),
    "filters": ("""
logging.basicConfig(format='%(name)s %(message)s')
h = logging.getLogger().handlers[0]
h.addFilter(logging.Filter('a.b'))
logging.getLogger('a.b').warning('passes')
logging.getLogger('a.b.c').warning('child passes')
logging.getLogger('a.bc').warning('filtered')
logging.getLogger('a').warning('filtered too')
class OnlyOdd(logging.Filter):
    def filter(self, record):
        return record.args[0] % 2 == 1
log = logging.getLogger('a.b.odd')
log.addFilter(OnlyOdd())
for i in range(4):
    log.warning('n=%d', i)
""", ("py2", "py3"), []),
    "unicode": ("""
logging.basicConfig(format='%(levelname)s:%(name)s:%(message)s')
logging.warning('子进程 %s 开始', 'Process-1')
logging.getLogger('进程').error('中文 logger name')
""", ("py2", "py3"), []),
    "py3_styles": ("""
logging.basicConfig(format='{levelname}:{name}:{message}', style='{')
logging.warning('brace style %s', 'args still use %')
h = logging.getLogger().handlers[0]
h.setFormatter(logging.Formatter('${levelname} $name ${message} $$5', style='$'))
logging.warning('dollar style')
h.setFormatter(logging.Formatter('{levelname:>8}|{name!r}|{levelno:03d}|{message}', style='{'))
logging.error('brace specs')
for args in [('hello',), ('x', None, '?'), ('{nofield', None, '{')]:
    try:
        logging.Formatter(*args)
    except Exception as e:
        print(type(e).__name__, e)
""", ("py3",), []),
    "py3_basic_config": ("""
logging.basicConfig(level=logging.INFO, format='first: %(message)s')
logging.info('one')
logging.basicConfig(format='ignored: %(message)s', nonsense=1)
logging.info('two')
logging.basicConfig(format='forced: %(message)s', force=True)
logging.warning('three')
logging.info('level was reset to WARNING? no: root keeps INFO')
try:
    logging.basicConfig(force=True, nonsense=1)
except Exception as e:
    print(type(e).__name__, e)
try:
    logging.basicConfig(force=True, style='^')
except Exception as e:
    print(type(e).__name__, e)
logging.basicConfig(force=True, handlers=[logging.StreamHandler()], format='h: %(message)s')
logging.warning('four')
""", ("py3",), []),
    "py3_reprs": ("""
logging.basicConfig()
print(repr(logging.getLogger('a.b')), repr(logging.getLogger()), repr(logging.getLogger().handlers[0]))
logging.getLogger('a').setLevel(logging.ERROR)
print(repr(logging.getLogger('a.b')), repr(logging.lastResort), repr(logging.NullHandler()))
print(logging.getLogger('root') is logging.getLogger(), logging.getLogger('a').hasHandlers(), logging.getLogger('a').root is logging.getLogger())
""", ("py3",), []),
    "py2_root_name": ("""
print(logging.getLogger('root') is logging.getLogger(), logging.getLogger('root').name, logging.getLogger('root').parent is logging.getLogger())
logging.warn('warn is warning in Python 2')
""", ("py2",), []),
}


def main():
    expected = {}
    work = tempfile.mkdtemp()
    try:
        for name, (source, dialects, normalisers) in sorted(SCENARIOS.items()):
            with open(os.path.join(work, "scenario.py"), "w") as f:
                f.write(HEADER + source.lstrip("\n"))
            runs = {}
            for dialect in dialects:
                proc = subprocess.run([INTERPRETERS[dialect], "scenario.py"], cwd=work, capture_output=True,
                                      env={"PATH": os.environ["PATH"], "LANG": "C.UTF-8", "PYTHONIOENCODING": "utf-8"})
                runs[dialect] = {"stdout": proc.stdout.decode("utf-8"), "stderr": proc.stderr.decode("utf-8"), "status": proc.returncode}
            expected[name] = {"normalisers": normalisers, "runs": runs}
    finally:
        shutil.rmtree(work)
    with open(os.path.join(HERE, "logging.expected.json"), "w") as f:
        json.dump(expected, f, indent=1, sort_keys=True, ensure_ascii=False)
        f.write("\n")
    print("wrote %d scenarios" % len(expected))


if __name__ == "__main__":
    main()
