// poll() and wait() argument errors as CPython raises them: the timeout is added
// to the clock (so checked even when a message waits), and objects that are not
// connections, sentinels or files are selectors' ValueError.

import assert from "node:assert/strict";
import { afterEach, test } from "node:test";
import { setDialect } from "../builtins/dialect.js";
import { TypeError, ValueError } from "../builtins/exceptions.js";
import { PyBytes } from "../builtins/bytes.js";
import { PyFloat } from "../builtins/float.js";
import { PyList } from "../builtins/list.js";
import { Pipe, wait, type Connection } from "./connection.js";
import { Queue } from "./queues.js";

afterEach(() => setDialect("py3"));

const error = (cls: Function, text: string) => (e: unknown) => e instanceof cls && String((e as { args: unknown[] }).args[0]) === text;

function pipe(): [Connection, Connection] {
  const [a, b] = Pipe() as unknown as Iterable<Connection>;
  return [a!, b!] as [Connection, Connection];
}

test("poll() checks its timeout even when a message is waiting", () => {
  const [a, b] = pipe();
  a.send(1);
  setDialect("py3");
  assert.throws(() => b.poll("x"), error(TypeError, "unsupported operand type(s) for +: 'float' and 'str'"));
  assert.throws(() => wait(PyList.of(b), "1"), error(TypeError, "unsupported operand type(s) for +: 'float' and 'str'"));
  setDialect("py2");
  assert.throws(() => b.poll("x"), error(TypeError, "a float is required"));
  setDialect("py3");
  assert.equal(b.poll(new PyFloat(0.5)), true);
  assert.equal(b.recv(), 1);
  a.close();
  b.close();
});

test("wait() refuses what is not iterable, objects without fileno() and negative descriptors as CPython does", () => {
  const [a, b] = pipe();
  assert.throws(() => wait(5, 0), error(TypeError, "'int' object is not iterable"));
  assert.throws(() => wait(PyList.of(b, null), 0), error(ValueError, "Invalid file object: None"));
  assert.throws(() => wait(PyList.of(new PyFloat(1.5)), 0), error(ValueError, "Invalid file object: 1.5"));
  assert.throws(() => wait(PyList.of(-3), 0), error(ValueError, "Invalid file descriptor: -3"));
  assert.throws(() => wait(PyList.of(new Queue()), 0), (e: unknown) => e instanceof ValueError && /^Invalid file object: <multiprocessing\.queues\.Queue object at 0x/.test(String(e.args[0])));
  a.send("x");
  assert.deepEqual([...wait(PyList.of(a, b), 0)], [b]);
  a.close();
  b.close();
});

test("Python 3's recv_bytes() takes a float maxlength; a string is the comparison's TypeError", () => {
  setDialect("py3");
  const [a, b] = pipe();
  a.send_bytes(new PyBytes(new Uint8Array([1, 2, 3])));
  assert.deepEqual([...(b.recv_bytes(new PyFloat(5)) as PyBytes).data], [1, 2, 3]);
  assert.throws(() => b.recv_bytes("5"), error(TypeError, "'<' not supported between instances of 'str' and 'int'"));
  assert.throws(() => b.recv_bytes(new PyFloat(-1)), error(ValueError, "negative maxlength"));
  a.close();
  b.close();
});

test("send_bytes() offset and size: Python 3 compares then slices (a float is the slice's TypeError); Python 2 parses integers first", () => {
  const [a, b] = pipe();
  const hello = new PyBytes(Buffer.from("hello"));
  setDialect("py3");
  assert.throws(() => a.send_bytes(hello, new PyFloat(1)), error(TypeError, "slice indices must be integers or None or have an __index__ method"));
  assert.throws(() => a.send_bytes(hello, null), error(TypeError, "'<' not supported between instances of 'NoneType' and 'int'"));
  assert.throws(() => a.send_bytes(hello, 0, "2"), error(TypeError, "'<' not supported between instances of 'str' and 'int'"));
  assert.throws(() => a.send_bytes(hello, new PyFloat(9)), error(ValueError, "buffer length < offset"));
  a.send_bytes(hello, 1, null);
  assert.equal(Buffer.from((b.recv_bytes() as PyBytes).data).toString(), "ello");
  setDialect("py2");
  assert.throws(() => a.send_bytes("hello", new PyFloat(1)), error(TypeError, "integer argument expected, got float"));
  assert.throws(() => a.send_bytes("hello", 0, null), error(TypeError, "an integer is required"));
  // The arguments are parsed before the connection is looked at.
  assert.throws(() => b.send_bytes("hello", -1, null), error(TypeError, "an integer is required"));
  a.send_bytes("hello", 3);
  assert.equal(b.recv_bytes(), "lo");
  a.close();
  assert.throws(() => a.fileno(), (e: unknown) => e instanceof Error && (e as unknown as { args: unknown[] }).args[0] === "handle is invalid");
  b.close();
});

test("Python 2 send_bytes()/recv_bytes() carry a str's bytes (one char per byte), not their UTF-8 encoding", () => {
  const [a, b] = pipe();
  setDialect("py2");
  const chinese = Buffer.from("中文", "utf8").toString("latin1"); // '中文' in Python 2 source: six bytes
  a.send_bytes(chinese);
  assert.equal(b.recv_bytes(6), chinese);
  a.send_bytes(chinese, 3, 3);
  assert.equal(b.recv_bytes(), chinese.slice(3));
  a.send_bytes("\xff\x00");
  assert.equal(b.recv_bytes(), "\xff\x00");
  assert.throws(() => a.send_bytes(chinese, 0.5), error(TypeError, "integer argument expected, got float"));
  a.close();
  b.close();
});

test("Python 2.7's Connection is the C type _multiprocessing.Connection", () => {
  const [a, b] = pipe();
  const cls = a.constructor as unknown as { __module__: string };
  setDialect("py2");
  assert.equal(cls.__module__, "_multiprocessing");
  setDialect("py3");
  assert.equal(cls.__module__, "multiprocessing.connection");
  a.close();
  b.close();
});
