# Run with CPython 3.11: prints the count and digest gbk.test.ts expects.
# Digest of CPython's GBK encoding of every BMP character from U+0080 (non-surrogate).
import hashlib
h = hashlib.sha256()
ok = 0
for cp in range(0x80, 0x10000):
    if 0xD800 <= cp <= 0xDFFF:
        continue
    try:
        b = chr(cp).encode('gbk')
        ok += 1
        h.update(b.hex().encode() + b',')
    except UnicodeEncodeError:
        h.update(b'E,')
print(ok, h.hexdigest())
