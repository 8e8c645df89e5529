import hashlib,sys
for u in sys.argv[1:]: print("dev16" if hashlib.sha256(u.encode()).hexdigest()[0] in "01234" else "test16", u)
