# Runs one command the way a person sees it in a terminal, for the recorder
# (tools/recorder.ts): stdout on a pseudo-terminal (so CPython line-buffers it),
# stderr on a pipe, stdin from a pipe fed with the given text. Python 3 stdlib only.
#
# Usage: python3 ptyrun.py SPEC_JSON, SPEC = {argv, cwd, env, stdin, timeoutSeconds}.
# Prints one JSON object: {stdout, stderr (base64 bytes), stdoutLineTimes,
# stderrLineTimes (ms from start at which each line's "\n" was read, so the
# comparator can tell lines printed at nearly the same moment), exitCode (negative
# signal number if killed, as subprocess reports it), durationMs (start to
# main-process exit), startEpochMs (wall clock at the start), readLagMs (the
# longest this reader was late waking up: how much later than written a line may
# have been read), timedOut, leftover (processes of the group still alive after
# the streams closed)}. On timeout the whole process group is killed.
import base64
import errno
import json
import os
import pty
import select
import signal
import subprocess
import sys
import termios
import threading
import time


# The reader wakes at least this often (seconds) to measure its own lateness.
TICK = 0.005


def kill_group(pgid):
    """SIGKILL the process group; True if any member was still there."""
    try:
        os.killpg(pgid, signal.SIGKILL)
        return True
    except ProcessLookupError:
        return False


def open_pty():
    master, slave = pty.openpty()
    attrs = termios.tcgetattr(slave)
    # Output post-processing off: "\n" stays "\n" instead of becoming "\r\n".
    attrs[1] &= ~termios.OPOST
    termios.tcsetattr(slave, termios.TCSANOW, attrs)
    return master, slave


def feed_stdin(pipe, data):
    try:
        pipe.write(data)
    except BrokenPipeError:
        pass  # the program exited without reading all of its input
    finally:
        try:
            pipe.close()
        except BrokenPipeError:
            pass


def main():
    spec = json.loads(sys.argv[1])
    master, slave = open_pty()
    start_epoch = time.time()
    start = time.monotonic()
    proc = subprocess.Popen(
        spec["argv"], cwd=spec["cwd"], env=spec["env"],
        stdin=subprocess.PIPE, stdout=slave, stderr=subprocess.PIPE,
        start_new_session=True,  # its own process group, killed as a whole
    )
    os.close(slave)  # only the program holds the terminal, so EOF comes when it is done
    ended = {}

    def wait():
        proc.wait()
        ended["at"] = time.monotonic()

    waiter = threading.Thread(target=wait)
    waiter.start()
    feeder = threading.Thread(target=feed_stdin, args=(proc.stdin, spec["stdin"].encode("utf-8")))
    feeder.start()

    output = {master: bytearray(), proc.stderr.fileno(): bytearray()}
    line_times = {master: [], proc.stderr.fileno(): []}
    open_fds = set(output)
    deadline = start + spec["timeoutSeconds"]
    timed_out = False
    lag = 0.0
    while open_fds:
        remaining = deadline - time.monotonic()
        if remaining <= 0:
            if timed_out:
                break  # killed, and the streams still did not close
            timed_out = True
            kill_group(proc.pid)
            deadline = time.monotonic() + 5
            continue
        wait = min(remaining, TICK)
        before = time.monotonic()
        ready, _, _ = select.select(list(open_fds), [], [], wait)
        if not ready:
            # How late this process woke up: a line is read at most about this
            # much later than it was written.
            lag = max(lag, time.monotonic() - before - wait)
        for fd in ready:
            try:
                data = os.read(fd, 65536)
            except OSError as error:
                if error.errno != errno.EIO:  # EIO: the terminal's last holder closed it
                    raise
                data = b""
            if data:
                output[fd].extend(data)
                now = round((time.monotonic() - start) * 1000, 2)
                line_times[fd].extend([now] * data.count(b"\n"))
            else:
                open_fds.discard(fd)
    waiter.join(max(0.0, deadline - time.monotonic()))
    if waiter.is_alive():  # the program closed its streams but did not exit
        timed_out = True
        kill_group(proc.pid)
        waiter.join()
    # The main process is reaped, so a member left in its group is an orphan.
    leftover = kill_group(proc.pid)
    feeder.join()
    os.close(master)
    duration = ended["at"] - start
    json.dump({
        "stdout": base64.b64encode(bytes(output[master])).decode("ascii"),
        "stderr": base64.b64encode(bytes(output[proc.stderr.fileno()])).decode("ascii"),
        "stdoutLineTimes": line_times[master],
        "stderrLineTimes": line_times[proc.stderr.fileno()],
        "exitCode": proc.returncode,
        "durationMs": round(duration * 1000, 1),
        "startEpochMs": round(start_epoch * 1000, 2),
        "readLagMs": round(lag * 1000, 2),
        "timedOut": timed_out,
        "leftover": leftover,
    }, sys.stdout)


main()
