# A finished future's repr names the Python type of its result (int, str, None,
# list, ...) or of the exception it raised; the address is cut out to compare.
from concurrent.futures import ProcessPoolExecutor, Future


def echo(value):
    return value


def fail(message):
    raise ValueError(message)


def shown(future):
    text = repr(future)
    return text[:text.index(' at ')] + text[text.index(' state='):]


if __name__ == '__main__':
    pending = Future()
    print(shown(pending))
    with ProcessPoolExecutor(max_workers=2) as executor:
        futures = [executor.submit(echo, v) for v in (7, 2.5, 'text', None, [1, 2], (3,), {'k': 1}, True, 10 ** 30)]
        failed = executor.submit(fail, 'boom')
        for future in futures:
            future.result()
            print(shown(future))
        failed.exception()
        print(shown(failed))
    local = Future()
    local.set_result(b'bytes')
    print(shown(local))
    local = Future()
    local.set_exception(KeyError('k'))
    print(shown(local))
