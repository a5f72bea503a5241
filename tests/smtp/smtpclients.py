#!/usr/bin/env python3
"""Real SMTP clients for tst_cli_serve: Python's smtplib and raw sockets
against `mailtriage-cli serve` on loopback. Each command prints one JSON
object on standard output."""

import asyncio
import base64
import json
import smtplib
import socket
import sys
import time


def login_initial(port, user, password, sender, recipient):
    """AUTH LOGIN with an initial response (Debian's swaks cannot send it)."""
    transcript = []
    with smtplib.SMTP("127.0.0.1", port, timeout=20) as client:
        client.ehlo("python.test")
        client.user, client.password = user, password
        # smtplib sends "AUTH LOGIN <base64 user>" when initial_response_ok.
        code, text = client.auth("LOGIN", client.auth_login, initial_response_ok=True)
        transcript.append([code, text.decode()])
        code, text = client.mail(sender)
        transcript.append([code, text.decode()])
        code, text = client.rcpt(recipient)
        transcript.append([code, text.decode()])
        code, text = client.data(b"Subject: smtplib\r\n\r\nhello from smtplib\r\n")
        transcript.append([code, text.decode()])
    print(json.dumps({"transcript": transcript}))


def plain(user, password):
    return base64.b64encode(b"\0" + user.encode() + b"\0" + password.encode()).decode()


class Raw:
    """A line-level client that counts what it is told."""

    def __init__(self, port):
        self.sock = socket.create_connection(("127.0.0.1", port), timeout=20)
        self.buffer = b""
        self.replies = []

    def send(self, data):
        self.sock.sendall(data)

    def reply(self):
        """One complete (possibly multi-line) reply; '' when closed."""
        lines = []
        while True:
            while b"\r\n" not in self.buffer:
                chunk = self.sock.recv(65536)
                if not chunk:
                    return ""
                self.buffer += chunk
            line, self.buffer = self.buffer.split(b"\r\n", 1)
            lines.append(line.decode("utf-8", "replace"))
            if len(line) < 4 or line[3:4] != b"-":
                self.replies.append(lines[-1])
                return lines[-1]

    def close(self):
        self.sock.close()


def bad_input(port, user, password, sender, recipient):
    """Garbage, long lines, bare LF, NUL, DATA over SIZE, pipelined junk,
    bad base64; each session ends with a real message, which must be
    acknowledged. Prints what each got and the number of 250s for DATA."""
    results = {}
    acknowledged = 0

    def session(name, payload, replies_expected):
        nonlocal acknowledged
        c = Raw(port)
        c.reply()  # greeting
        c.send(b"EHLO bad.test\r\nAUTH PLAIN " + plain(user, password).encode() + b"\r\n")
        c.reply()
        c.reply()
        c.send(payload)
        got = [c.reply() for _ in range(replies_expected)]
        # Still sane: one proper message.
        c.send(("MAIL FROM:<%s>\r\nRCPT TO:<%s>\r\nDATA\r\n" % (sender, recipient)).encode())
        after = [c.reply(), c.reply(), c.reply()]
        c.send(b"Subject: after " + name.encode() + b"\r\n\r\nok\r\n.\r\n")
        final = c.reply()
        if final.startswith("250 "):
            acknowledged += 1
        c.send(b"QUIT\r\n")
        c.reply()
        c.close()
        results[name] = {"got": got, "after": after + [final]}

    session("garbage", bytes(range(1, 256)).replace(b"\n", b"") + b"\r\n", 1)
    session("long-line", b"X" * 10000 + b"\r\n", 1)
    session("longer-line", b"NOOP " + b"Y" * 20000 + b"\r\n", 1)
    session("bare-lf", b"NOOP\nNOOP\n", 2)
    session("nul", b"NO\0OP\r\n", 1)
    session("pipelined-junk", b"RCPT TO:<a@b>\r\nDATA\r\nxx\r\n\x00\xff\r\n.\r\n", 5)
    # AUTH with invalid base64, in a session of its own (before AUTH).
    c = Raw(port)
    c.reply()
    c.send(b"EHLO bad.test\r\nAUTH PLAIN @@@###\r\nAUTH LOGIN\r\n!!\r\nNOOP\r\n")
    results["bad-base64"] = {"got": [c.reply() for _ in range(5)]}
    c.close()
    # DATA over SIZE.
    c = Raw(port)
    c.reply()
    c.send(b"EHLO bad.test\r\nAUTH PLAIN " + plain(user, password).encode() + b"\r\n")
    ehlo = c.reply()
    c.reply()
    c.send(("MAIL FROM:<%s> SIZE=999999999999\r\n" % sender).encode())
    size_declared = c.reply()
    c.send(("MAIL FROM:<%s>\r\nRCPT TO:<%s>\r\nDATA\r\n" % (sender, recipient)).encode())
    c.reply(), c.reply(), c.reply()
    chunk = (b"Z" * 998 + b"\r\n") * 1024
    total = 0
    while total < 2 * 1024 * 1024 + 10:
        c.send(chunk)
        total += len(chunk)
    c.send(b".\r\n")
    results["data-over-size"] = {"ehlo": ehlo, "got": [size_declared, c.reply()]}
    c.close()
    print(json.dumps({"results": results, "acknowledged": acknowledged}))


async def flood_one(port, hold):
    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    greeting = await reader.readline()
    await hold.wait()
    writer.write(b"EHLO flood.test\r\n")
    await writer.drain()
    last = b""
    while True:
        line = await reader.readline()
        if not line or line[3:4] == b" ":
            last = line
            break
    writer.write(b"QUIT\r\n")
    await writer.drain()
    await reader.readline()
    writer.close()
    return greeting.decode().strip(), last.decode().strip()


async def flood_all(port, count):
    hold = asyncio.Event()
    tasks = [asyncio.create_task(asyncio.wait_for(flood_one(port, hold), 60)) for _ in range(count)]
    await asyncio.sleep(0.5)
    hold.set()  # all are connected and greeted (or refused) at the same time
    return await asyncio.gather(*tasks, return_exceptions=True)


def flood(port, count):
    results = asyncio.run(flood_all(port, count))
    greeted = sum(1 for r in results if not isinstance(r, Exception) and r[0].startswith("220 "))
    ehlo_ok = sum(1 for r in results if not isinstance(r, Exception) and r[1].startswith("250 "))
    errors = [repr(r) for r in results if isinstance(r, Exception)][:5]
    print(json.dumps({"greeted": greeted, "ehlo": ehlo_ok, "errors": errors}))


def send_many(port, count, user, password, sender, recipient):
    """COUNT messages in one session; prints the ids acknowledged with 250."""
    c = Raw(port)
    c.reply()
    c.send(b"EHLO many.test\r\nAUTH PLAIN " + plain(user, password).encode() + b"\r\n")
    c.reply(), c.reply()
    acknowledged = 0
    for i in range(count):
        c.send(("MAIL FROM:<%s>\r\nRCPT TO:<%s>\r\nDATA\r\n" % (sender, recipient)).encode())
        c.reply(), c.reply(), c.reply()
        c.send(("Subject: %d\r\n\r\nmessage %d\r\n.\r\n" % (i, i)).encode())
        if c.reply().startswith("250 "):
            acknowledged += 1
    print(json.dumps({"acknowledged": acknowledged}))
    sys.stdout.flush()
    c.close()


def stall(port, user, password, sender, recipient):
    """Stops sending in the middle of DATA; prints what the server says."""
    c = Raw(port)
    c.reply()
    c.send(b"EHLO stall.test\r\nAUTH PLAIN " + plain(user, password).encode() + b"\r\n")
    c.reply(), c.reply()
    c.send(("MAIL FROM:<%s>\r\nRCPT TO:<%s>\r\nDATA\r\n" % (sender, recipient)).encode())
    c.reply(), c.reply(), c.reply()
    c.send(b"Subject: stalled\r\n\r\nhalf a mess")
    started = time.monotonic()
    final = c.reply()
    print(json.dumps({"reply": final, "waited": round(time.monotonic() - started, 1)}))


def envelope(port, user, password, sender, recipient="", client_ip=""):
    """One authenticated smtplib session, as a client at CLIENT_IP when given
    (XCLIENT): the session token from the greeting and the replies to MAIL
    FROM and (after a 250) RCPT TO, each as "CODE TEXT", for comparing with
    what a diagnosis predicts."""
    client = smtplib.SMTP(timeout=20)
    code, greeting = client.connect("127.0.0.1", port)
    result = {"token": greeting.decode().split()[-1]}
    client.ehlo("python.test")
    if client_ip:
        code, text = client.docmd("XCLIENT", "ADDR=" + client_ip)
        if code != 220:
            sys.exit("XCLIENT refused: %d %s" % (code, text.decode()))
        result["token"] = text.decode().split()[-1]  # a new session
        client.ehlo("python.test")
    client.login(user, password)
    code, text = client.mail(sender)
    result["mail"] = "%d %s" % (code, text.decode())
    if recipient and code == 250:
        code, text = client.rcpt(recipient)
        result["rcpt"] = "%d %s" % (code, text.decode())
    client.quit()
    print(json.dumps(result))


def load(port, port2, seconds, user, password, sender, recipient):
    """Messages one after another, alternating between two servers (two
    nodes sharing a store), for SECONDS or until COUNT when SECONDS is
    negative; a session that drops is opened again. Prints every message's
    node, final reply code and subject, in order."""
    ports = [port, int(port2)]
    clients = [None, None]
    results = []
    seconds = float(seconds)
    limit = int(-seconds) if seconds < 0 else None
    deadline = time.monotonic() + max(seconds, 0)
    n = 0

    def session(i):
        if clients[i] is None:
            client = smtplib.SMTP("127.0.0.1", ports[i], timeout=20)
            client.ehlo("load.test")
            client.login(user, password)
            clients[i] = client
        return clients[i]

    while (limit is not None and n < limit) or (limit is None and time.monotonic() < deadline):
        i = n % 2
        subject = "load-%d" % n
        n += 1
        try:
            client = session(i)
            code, _ = client.mail(sender)
            if code == 250:
                code, _ = client.rcpt(recipient)
            if code == 250:
                code, _ = client.data(("Subject: %s\r\n\r\nbody\r\n" % subject).encode())
            else:
                client.rset()
        except smtplib.SMTPResponseException as error:
            code = error.smtp_code  # AUTH refused (temporarily while the store is away)
            clients[i] = None
            time.sleep(0.05)
        except (smtplib.SMTPException, OSError) as error:
            code = 0  # no answer: the session dropped
            subject += " (%s)" % error
            clients[i] = None
            time.sleep(0.05)
        results.append([i, code, subject])
    print(json.dumps({"results": results}))


if __name__ == "__main__":
    command, port, args = sys.argv[1], int(sys.argv[2]), sys.argv[3:]
    if command == "login-initial":
        login_initial(port, *args)
    elif command == "bad":
        bad_input(port, *args)
    elif command == "flood":
        flood(port, int(args[0]))
    elif command == "send":
        send_many(port, int(args[0]), *args[1:])
    elif command == "stall":
        stall(port, *args)
    elif command == "envelope":
        envelope(port, *args)
    elif command == "load":
        load(port, *args)
    else:
        sys.exit("unknown command " + command)
