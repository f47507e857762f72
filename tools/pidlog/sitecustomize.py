# Loaded by every Python interpreter the recorder starts (tools/pidlog is put on
# PYTHONPATH): logs the program's process ids to the file named by PY2TS_PID_LOG,
# in the format documented in src/check/pidLog.ts. Works on Python 2.7 and 3.x.
#
# The main interpreter logs itself and its parent, then marks the environment so
# that interpreters it starts by exec (spawn, forkserver, subprocess) log
# themselves as children. Forked children are logged by the parent when os.fork
# (or os.forkpty) returns, which covers multiprocessing's fork start method.
import os


def _install():
    path = os.environ.get("PY2TS_PID_LOG")
    if not path:
        return

    def log(role, pid):
        # One write on an O_APPEND descriptor per record, so records from several
        # processes never interleave.
        fd = os.open(path, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o644)
        try:
            os.write(fd, ("%s %d\n" % (role, pid)).encode("ascii"))
        finally:
            os.close(fd)

    if os.environ.get("PY2TS_PID_LOG_MAIN"):
        log("child", os.getpid())
    else:
        os.environ["PY2TS_PID_LOG_MAIN"] = str(os.getpid())
        log("main", os.getpid())
        log("parent", os.getppid())

    def wrap(create):
        def wrapper(*args, **kwargs):
            result = create(*args, **kwargs)
            pid = result[0] if isinstance(result, tuple) else result
            if pid > 0:
                log("child", pid)
            return result
        wrapper.__name__ = create.__name__
        wrapper.__doc__ = create.__doc__
        return wrapper

    for name in ("fork", "forkpty"):
        if hasattr(os, name):
            setattr(os, name, wrap(getattr(os, name)))


_install()
del _install
