# Static methods read from the builtin types (and from their instances):
# str.maketrans with str.translate, int.from_bytes, float.fromhex (exact rounding,
# subnormals, overflow), and the errors CPython raises for bad arguments.
table = str.maketrans('abc', 'xyz', '!')
print(table)
print('a b c!'.translate(table), 'hello'.maketrans('l', 'L'))
print(str.maketrans({'a': '1', 98: None, 'c': 5}))
for args in [('ab', 'x'), ('ab',), (1, 'b'), ('a', 2), ()]:
    try:
        str.maketrans(*args)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)

print(int.from_bytes(b'\x01\x00', 'big'), int.from_bytes(b'\x01\x00', 'little'))
print(int.from_bytes(b'\xff\xfe', 'big', signed=True), int.from_bytes([1, 2, 3], byteorder='little'))
print(int.from_bytes(b'\x01' * 12, 'big'), int.from_bytes(b''), (7).from_bytes(b'\x02'))
print(bool.from_bytes(b'\x00', 'big'), int.from_bytes((255).to_bytes(2, 'little'), 'little'))
for bad in ['ab', 5, [256]]:
    try:
        int.from_bytes(bad, 'big')
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)

for text in ['0x1p-1', '0x1.8p+1', '-0x1.fffffffffffffp+1023', 'inf', '-Infinity', ' 0x10 ',
             '1.5', '0x.8', '0x1p-1074', '0x1p-1075', '0x3p-1076', '0x1.00000000000008p0',
             '0x1.00000000000018p0', '0x1.000000000000081p0', '-0x0p0', '0X1P+2',
             '0x0.0000000000001p-1022', '0x1p-99999999999999999999']:
    print(text.strip(), repr(float.fromhex(text)))
for text in ['0x1p1024', '0x1.fffffffffffff8p1023', 'zz', '0x', '0x1p', '0x1_0p0']:
    try:
        float.fromhex(text)
    except (OverflowError, ValueError) as e:
        print(text, type(e).__name__, e)
print(float.fromhex((1.1).hex()) == 1.1, (2.5).fromhex('0x2'))
