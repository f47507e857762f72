# time and os basics: sleep's errors, clocks are floats, struct_time and strftime
# in UTC, os constants and pids consistent with multiprocessing.
import os
import time
import multiprocessing as mp

def attempt(label, f):
    try:
        print(label, '->', repr(f()))
    except Exception as e:
        print(label, '!!', type(e).__name__, str(e))

if __name__ == '__main__':
    attempt('sleep -1', lambda: time.sleep(-1))
    attempt('sleep str', lambda: time.sleep('a'))
    attempt('sleep None', lambda: time.sleep(None))
    attempt('sleep 0', lambda: time.sleep(0))
    attempt('sleep True', lambda: time.sleep(True))
    attempt('clock types', lambda: (type(time.time()).__name__, type(time.perf_counter()).__name__, type(time.monotonic()).__name__))
    attempt('monotonic', lambda: time.monotonic() <= time.monotonic())
    attempt('gmtime', lambda: time.gmtime(0))
    attempt('gmtime fields', lambda: (time.gmtime(1e9).tm_year, time.gmtime(1e9)[1], time.gmtime(1e9).tm_yday))
    attempt('strftime', lambda: time.strftime('%Y-%m-%d %H:%M:%S %a %A %b %B %j %p %I %y %w %U %W %%', time.gmtime(86400 * 40.5)))
    attempt('asctime', lambda: time.asctime(time.gmtime(0)))
    attempt('asctime 2', lambda: time.asctime(time.gmtime(86400 * 40.5)))
    attempt('constants', lambda: (os.sep, os.name, os.linesep))
    attempt('pid', lambda: os.getpid() == mp.current_process().pid)
    attempt('cpu_count', lambda: os.cpu_count() == mp.cpu_count())
    os.environ['PY2TS_TIMEOS'] = 'set'
    attempt('environ', lambda: (os.environ['PY2TS_TIMEOS'], 'PY2TS_TIMEOS' in os.environ, os.environ.get('PY2TS_NOPE', 'dflt')))
    attempt('environ missing', lambda: os.environ['PY2TS_NOPE'])
    attempt('environ int', lambda: os.environ.__setitem__('X', 1))
