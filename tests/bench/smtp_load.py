#!/usr/bin/env python3
"""Load benchmark of `mailtriage-cli serve` against Postfix's smtp-sink.

N concurrent sessions each do EHLO, AUTH PLAIN and M messages (MAIL, RCPT
and DATA pipelined, then the body). Rounds alternate between the two
servers in the same run. Prints accepted messages/s, server CPU per message
(from /proc/PID/stat), reply-code counts, and memory per idle connection
(RSS delta with K idle connections). Every policy check of our server is on;
only the limits are raised (bench policy below). Talks only to loopback.

    python3 tests/bench/smtp_load.py --cli build/app/mailtriage-cli
"""

import argparse
import asyncio
import base64
import collections
import json
import os
import shutil
import socket
import struct
import subprocess
import sys
import tempfile
import threading
import time

TICKS = os.sysconf("SC_CLK_TCK")


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class TinyDns(threading.Thread):
    """Answers every A and MX question with one record: rule 3 needs DNS, and
    the server caches the verdicts, so this is hardly asked."""

    def __init__(self):
        super().__init__(daemon=True)
        self.sock = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
        self.sock.bind(("127.0.0.1", 0))
        self.port = self.sock.getsockname()[1]

    def run(self):
        while True:
            data, peer = self.sock.recvfrom(4096)
            if len(data) < 12:
                continue
            qid, flags, qd = struct.unpack(">HHH", data[:6])
            end = 12
            while end < len(data) and data[end] != 0:
                end += data[end] + 1
            question = data[12 : end + 5]
            qtype = struct.unpack(">H", data[end + 1 : end + 3])[0]
            header = struct.pack(">HHHHHH", qid, 0x8180, 1, 1, 0, 0)
            if qtype == 15:  # MX 10 mx.bench.test
                rdata = struct.pack(">H", 10) + b"\x02mx\x05bench\x04test\x00"
                answer = b"\xc0\x0c" + struct.pack(">HHIH", 15, 1, 300, len(rdata)) + rdata
            elif qtype == 1:
                answer = b"\xc0\x0c" + struct.pack(">HHIH", 1, 1, 300, 4) + bytes([192, 0, 2, 1])
            else:
                header = struct.pack(">HHHHHH", qid, 0x8180, 1, 0, 0, 0)
                answer = b""
            self.sock.sendto(header + question + answer, peer)


def cpu_ticks(pid):
    with open("/proc/%d/stat" % pid) as f:
        fields = f.read().rsplit(")", 1)[1].split()
    return int(fields[11]) + int(fields[12])  # utime + stime


def rss_kib(pid):
    with open("/proc/%d/status" % pid) as f:
        for line in f:
            if line.startswith("VmRSS:"):
                return int(line.split()[1])
    return 0


async def read_reply(reader):
    while True:
        line = await reader.readline()
        if not line:
            raise ConnectionError("closed")
        if line[3:4] != b"-":
            return line[:3].decode()


async def session(port, messages, codes, credentials):
    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    codes[await read_reply(reader)] += 1
    writer.write(b"EHLO load.bench.test\r\n")
    codes[await read_reply(reader)] += 1
    writer.write(b"AUTH PLAIN " + credentials + b"\r\n")
    codes[await read_reply(reader)] += 1
    accepted = 0
    body = b"From: <bench@bench.test>\r\nSubject: load\r\n\r\n" + b"x" * 900 + b"\r\n.\r\n"
    for _ in range(messages):
        writer.write(b"MAIL FROM:<bench@bench.test>\r\nRCPT TO:<sink@bench.test>\r\nDATA\r\n")
        for _ in range(3):
            codes[await read_reply(reader)] += 1
        writer.write(body)
        code = await read_reply(reader)
        codes[code] += 1
        if code == "250":
            accepted += 1
    writer.write(b"QUIT\r\n")
    await writer.drain()
    await read_reply(reader)
    writer.close()
    return accepted


async def load(port, sessions, messages, credentials):
    codes = collections.Counter()
    started = time.monotonic()
    results = await asyncio.gather(*[session(port, messages, codes, credentials) for _ in range(sessions)])
    return sum(results), time.monotonic() - started, codes


async def idle_memory(port, pid, count):
    before = rss_kib(pid)
    connections = []
    for _ in range(count):
        reader, writer = await asyncio.open_connection("127.0.0.1", port)
        await reader.readline()
        connections.append(writer)
    await asyncio.sleep(0.5)
    after = rss_kib(pid)
    for writer in connections:
        writer.close()
    await asyncio.sleep(0.5)
    return (after - before) * 1024 / count


def wait_port(port, timeout=20):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            socket.create_connection(("127.0.0.1", port), timeout=1).close()
            return True
        except OSError:
            time.sleep(0.1)
    return False


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--cli", required=True, help="path of mailtriage-cli")
    parser.add_argument("--sessions", type=int, default=50)
    parser.add_argument("--messages", type=int, default=200, help="messages per session")
    parser.add_argument("--rounds", type=int, default=3, help="rounds per server, alternating")
    parser.add_argument("--idle", type=int, default=500, help="idle connections for the memory figure")
    parser.add_argument("--sink", default=shutil.which("smtp-sink") or "/usr/sbin/smtp-sink")
    args = parser.parse_args()

    work = tempfile.mkdtemp(prefix="smtp_load-", dir="/dev/shm" if os.path.isdir("/dev/shm") else None)
    dns = TinyDns()
    dns.start()
    password_hash = subprocess.run([args.cli, "hash-password"], input=b"bench-secret\n", capture_output=True,
                                   check=True).stdout.decode().strip()
    policy = {
        "limits": {"per_minute": 1000000000, "per_hour": 1000000000, "per_12h": 1000000000,
                   "auth_failures_per_hour": 10, "spam_accepted_per_hour": 3,
                   "queue_min_messages": 100, "queue_max_undeliverable": 0.5},
        "server": {"max_connections": 5000, "max_commands": 1000000000, "idle_timeout_s": 300},
        "domains": [{"name": "bench.test", "countries": ["PL"]}],
        "accounts": [{"login": "bench@bench.test", "password": password_hash}],
    }
    with open(os.path.join(work, "policy.json"), "w") as f:
        json.dump(policy, f)
    ours_port, sink_port = free_port(), free_port()
    ours = subprocess.Popen([args.cli, "serve", "--quiet", "--listen", "127.0.0.1:%d" % ours_port, "--policy",
                             os.path.join(work, "policy.json"), "--state", os.path.join(work, "state"), "--dns",
                             "127.0.0.1:%d" % dns.port], stderr=subprocess.DEVNULL)
    sink = subprocess.Popen([args.sink, "-u", "nobody", "127.0.0.1:%d" % sink_port, "1024"],
                            stderr=subprocess.DEVNULL)
    try:
        if not wait_port(ours_port) or not wait_port(sink_port):
            sys.exit("a server did not start")
        credentials = base64.b64encode(b"\0bench@bench.test\0bench-secret")
        servers = [("mailtriage", ours_port, ours.pid), ("smtp-sink", sink_port, sink.pid)]
        print("%d sessions x %d messages, %d rounds each, alternating; state on %s" %
              (args.sessions, args.messages, args.rounds, work))
        totals = {name: [0, 0.0, 0, collections.Counter()] for name, _, _ in servers}
        for round_number in range(args.rounds):
            for name, port, pid in servers:
                ticks = cpu_ticks(pid)
                accepted, seconds, codes = asyncio.run(load(port, args.sessions, args.messages, credentials))
                used = cpu_ticks(pid) - ticks
                total = totals[name]
                total[0] += accepted
                total[1] += seconds
                total[2] += used
                total[3].update(codes)
                print("round %d %-10s %7d accepted in %6.2f s = %8.0f msg/s, server CPU %6.1f us/msg" %
                      (round_number + 1, name, accepted, seconds, accepted / seconds,
                       used * 1e6 / TICKS / max(accepted, 1)))
        print()
        rates = {}
        for name, (accepted, seconds, used, codes) in totals.items():
            rates[name] = accepted / seconds
            print("%-10s %8.0f msg/s, CPU %6.1f us/msg, replies %s" %
                  (name, rates[name], used * 1e6 / TICKS / max(accepted, 1), dict(sorted(codes.items()))))
        print("ratio mailtriage / smtp-sink: %.2f (target >= 0.70)" % (rates["mailtriage"] / rates["smtp-sink"]))
        for name, port, pid in servers:
            per = asyncio.run(idle_memory(port, pid, args.idle))
            print("%-10s memory per idle connection: %.1f KiB (%d connections)" % (name, per / 1024, args.idle))
    finally:
        for process in (ours, sink):
            process.terminate()
            try:
                process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                process.kill()
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
