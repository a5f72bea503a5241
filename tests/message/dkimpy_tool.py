#!/usr/bin/python3
"""dkimpy (Debian python3-dkim) as the reference for tst_dkimpy.

  dkimpy_tool.py sign KEYFILE SELECTOR DOMAIN ALGORITHM CANON     < message > signed
  dkimpy_tool.py verify RECORD                                   < message   (prints pass or fail)
  dkimpy_tool.py arcsign KEYFILE SELECTOR DOMAIN SRVID            < message > sealed
The key record is given, not looked up: the tests serve it themselves.
"""
import sys

import dkim


def main():
    command = sys.argv[1]
    message = sys.stdin.buffer.read()
    if command == "sign":
        keyfile, selector, domain, algorithm, canon = sys.argv[2:7]
        key = open(keyfile, "rb").read()
        header, body = canon.split("/")
        signature = dkim.sign(message, selector.encode(), domain.encode(), key,
                              canonicalize=(header.encode(), body.encode()),
                              signature_algorithm=algorithm.encode(),
                              include_headers=[b"from", b"to", b"subject", b"date", b"message-id"])
        sys.stdout.buffer.write(signature + message)
    elif command == "verify":
        record = sys.argv[2].encode()
        ok = dkim.verify(message, dnsfunc=lambda name, timeout=5: record)
        print("pass" if ok else "fail")
    elif command == "arcsign":
        keyfile, selector, domain, srv_id = sys.argv[2:6]
        key = open(keyfile, "rb").read()
        headers = dkim.arc_sign(message, selector.encode(), domain.encode(), key, srv_id.encode(),
                                include_headers=[b"from", b"to", b"subject", b"date", b"message-id"])
        sys.stdout.buffer.write(b"".join(headers) + message)
    else:
        sys.exit(2)


if __name__ == "__main__":
    main()
