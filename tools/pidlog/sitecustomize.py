# Loaded by every Python interpreter the recorder starts (tools/pidlog is put on
# PYTHONPATH): logs the program's processes and threads to the file named by
# PY2TS_PID_LOG, in the format documented in src/check/pidLog.ts. Python 2.7 and 3.x.
#
# The main interpreter logs itself and its parent, then marks the environment so
# that interpreters it starts by exec (spawn, forkserver, subprocess) log
# themselves as children. Forked children are logged by the parent when os.fork
# (or os.forkpty) returns, which covers multiprocessing's fork start method. A
# child's end is logged by the child (os._exit, interpreter exit) and by whoever
# reaps it (os.waitpid/os.wait); threads log their start and end. The comparator
# uses these lifetimes to know when the program ran a single thread.
import os
import sys
import time


def _install():
    path = os.environ.get("PY2TS_PID_LOG")
    if not path:
        return

    def log(*fields):
        # One write on an O_APPEND descriptor per record, so records from several
        # processes never interleave.
        line = " ".join(str(f) for f in fields) + "\n"
        fd = os.open(path, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o644)
        try:
            os.write(fd, line.encode("ascii"))
        finally:
            os.close(fd)

    def now():
        return "%.2f" % (time.time() * 1000)

    def log_exit_at_interpreter_exit():
        import atexit
        atexit.register(lambda: log("exit", os.getpid(), now()))

    if os.environ.get("PY2TS_PID_LOG_MAIN"):
        log("child", os.getpid(), now())
        log_exit_at_interpreter_exit()
    else:
        os.environ["PY2TS_PID_LOG_MAIN"] = str(os.getpid())
        log("main", os.getpid())
        log("parent", os.getppid())

    def same_name(wrapper, wrapped):
        wrapper.__name__ = wrapped.__name__
        wrapper.__doc__ = wrapped.__doc__
        return wrapper

    def wrap_fork(create):
        def wrapper(*args, **kwargs):
            result = create(*args, **kwargs)
            pid = result[0] if isinstance(result, tuple) else result
            if pid > 0:
                log("child", pid, now())
            elif pid == 0:
                log_exit_at_interpreter_exit()
            return result
        return same_name(wrapper, create)

    for name in ("fork", "forkpty"):
        if hasattr(os, name):
            setattr(os, name, wrap_fork(getattr(os, name)))

    real_exit = os._exit

    def _exit(code):
        log("exit", os.getpid(), now())
        real_exit(code)
    os._exit = same_name(_exit, real_exit)

    def wrap_wait(wait):
        def wrapper(*args, **kwargs):
            result = wait(*args, **kwargs)
            if result[0] > 0:
                log("exit", result[0], now())
            return result
        return same_name(wrapper, wait)

    for name in ("waitpid", "wait"):
        setattr(os, name, wrap_wait(getattr(os, name)))

    thread_module = __import__("_thread" if sys.version_info[0] >= 3 else "thread")
    real_start = thread_module.start_new_thread

    def start_new_thread(function, args, kwargs=None):
        # multiprocessing's queue feeder thread never prints program output.
        owner = getattr(function, "__self__", None)
        if getattr(owner, "name", None) == "QueueFeederThread":
            return real_start(function, args, kwargs or {})

        def run(*args, **kwargs):
            ident = thread_module.get_ident()
            log("thread", os.getpid(), now(), ident)
            try:
                return function(*args, **kwargs)
            finally:
                log("thread-end", os.getpid(), now(), ident)
        return real_start(run, args, kwargs or {})

    patched = same_name(start_new_thread, real_start)
    thread_module.start_new_thread = patched
    if hasattr(thread_module, "start_new"):
        thread_module.start_new = patched
    # threading keeps its own reference when it is already imported (it is at
    # this point on Python 3.11); patch that one too.
    threading = sys.modules.get("threading")
    if threading is not None and getattr(threading, "_start_new_thread", None) is real_start:
        threading._start_new_thread = patched


_install()
del _install
