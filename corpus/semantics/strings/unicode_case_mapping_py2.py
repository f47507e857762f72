# -*- coding: utf-8 -*-
# Python 2 unicode changes case one character at a time with Unicode 5.2's simple
# mappings: the German sharp s stays, dotted capital I lowers to a plain i, and
# characters that became cased in later Unicode versions are left alone.
words = [u'stra\xdfe', u'\u0130stanbul', u'\u01c6ungla', u'\u01c5x \u01c4y', u'\ufb01nal',
         u'\u0149', u'\u1e9e\xdf', u'\u24b6\u24d0', u'\xaa\u02b0', u'\u10d0\u10d1',
         u'\U00010428\U00010400', u'\u03a3\u03c3\u03c2', u'hello World', u'\u1f80\u1fb3', u'\u0345x']
for w in words:
    print repr(w.upper()), repr(w.lower()), repr(w.title())
    print '   ', repr(w.capitalize()), repr(w.swapcase()), w.isupper(), w.islower(), w.istitle()
print repr('stra\xdfe'.upper()), repr('Mixed Case'.swapcase())
print len(u'stra\xdfe'.upper()), u'STRASSE' == u'stra\xdfe'.upper()
