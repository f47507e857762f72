# Run with CPython 3.11 (and 2.7, which must print the same): prints the counts and
# digests gbk.test.ts expects.
# Encoding: CPython's gbk/gb2312 encoding of every BMP character from U+0080
# (non-surrogate). Decoding: every two-byte sequence with a lead byte from 0x80,
# as the code point it decodes to, or E.
from __future__ import print_function
import hashlib
import sys

def char(cp):
    return chr(cp) if sys.version_info[0] == 3 else unichr(cp)

def encoded(codec):
    h = hashlib.sha256()
    ok = 0
    for cp in range(0x80, 0x10000):
        if 0xD800 <= cp <= 0xDFFF:
            continue
        try:
            b = bytearray(char(cp).encode(codec))
            ok += 1
            h.update(("".join("%02x" % x for x in b) + ",").encode())
        except UnicodeEncodeError:
            h.update(b'E,')
    return ok, h.hexdigest()

def decoded(codec):
    h = hashlib.sha256()
    ok = 0
    for lead in range(0x80, 0x100):
        for trail in range(0x100):
            try:
                text = bytes(bytearray([lead, trail])).decode(codec)
                ok += 1
                h.update((",".join("%x" % ord(c) for c in text) + ";").encode())
            except UnicodeDecodeError:
                h.update(b'E;')
    return ok, h.hexdigest()

for codec in ("gbk", "gb2312"):
    print(codec, "encode", *encoded(codec))
    print(codec, "decode", *decoded(codec))
