#!/usr/bin/env python3
"""Load benchmark of `mailtriage-cli serve` against Postfix's smtp-sink.

N concurrent sessions each do EHLO, AUTH PLAIN and M messages; the load
generator is smtp_load_client (C++). Three rows, each a fresh server:
  - the state on the default disk (--disk, not tmpfs), no pipelining: each
    command waits for its reply, as most mail programs send (the headline);
  - the same disk, pipelined (MAIL, RCPT and DATA together, then the body);
  - the state on tmpfs (/dev/shm), no pipelining: the server without the disk;
  - an extra row, tmpfs pipelined: what the disk's flush costs the pipelined
    row (each 250 waits for one), beside what the server itself costs.
Within a row, rounds alternate between our server and smtp-sink (which
keeps nothing) with the same client. Prints accepted messages/s, the ratio
to smtp-sink, server CPU per message (from /proc/PID/stat, all threads),
disk syncs per message (from the server's stop line), reply-code counts,
how long the default disk takes to make one small write durable,
and memory per idle connection (RSS delta with K idle connections). Every
policy check of our server is on; only the limits are raised (bench policy
below). Talks only to loopback.

    python3 tests/bench/smtp_load.py --cli build/app/mailtriage-cli \
        --client build/tests/bench/smtp_load_client --disk build
"""

import argparse
import asyncio
import base64
import collections
import json
import os
import re
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


def filesystem_of(path):
    """The mount point and type holding PATH, from /proc/mounts; an ext4
    without a journal says so (there, allocating an inode beside ones freed
    in the last minutes costs far more, so the disk rows vary with what
    else ran)."""
    path = os.path.realpath(path)
    best = ("?", "?")
    try:
        with open("/proc/mounts") as f:
            for line in f:
                fields = line.split()
                mount = fields[1].replace("\\040", " ")
                inside = path == mount or path.startswith(mount.rstrip("/") + "/")
                if inside and (best[0] == "?" or len(mount) >= len(best[0])):
                    best = (mount, fields[2], fields[0])
    except OSError:
        pass
    if len(best) == 3:
        mount, fstype, device = best
        try:
            with open("/sys/fs/ext4/%s/journal_task" % os.path.basename(device)) as f:
                if fstype == "ext4" and f.read().strip() == "<none>":
                    fstype = "ext4 without a journal"
        except OSError:
            pass
        best = (mount, fstype)
    return best


def run_client(client, port, sessions, messages, credentials, mode):
    out = subprocess.run([client, str(port), str(sessions), str(messages), credentials, mode],
                         capture_output=True, check=True, text=True).stdout
    result = json.loads(out)
    return result["accepted"], result["seconds"], collections.Counter(result["codes"])


def start_serve(cli, work, state, dns_port, extra=()):
    port = free_port()
    process = subprocess.Popen([cli, "serve", "--quiet", "--lang", "en", "--listen", "127.0.0.1:%d" % port,
                                "--policy", os.path.join(work, "policy.json"), "--state", state, "--dns",
                                "127.0.0.1:%d" % dns_port] + list(extra), stderr=subprocess.PIPE, text=True)
    if not wait_port(port):
        process.kill()
        sys.exit("mailtriage-cli serve did not start")
    return process, port


def stop_serve(process):
    """Stops it and returns (accepted, disk syncs) from its last log line."""
    process.terminate()
    try:
        _, log = process.communicate(timeout=30)
    except subprocess.TimeoutExpired:
        process.kill()
        _, log = process.communicate()
    match = re.search(r"stopped; (\d+) message\(s\) accepted(?:, (\d+) disk sync\(s\))?", log)
    if not match:
        return None, None
    return int(match.group(1)), int(match.group(2) or 0)


def flush_latency(directory, tries=200):
    """Median and 90th percentile, in microseconds, of one 4 KiB pwrite()
    made durable with fdatasync() in a file already written: what each
    round of the server's group commit waits for on this disk."""
    path = os.path.join(directory, "flush-probe")
    block = b"x" * 4096
    fd = os.open(path, os.O_RDWR | os.O_CREAT | os.O_TRUNC, 0o600)
    try:
        os.write(fd, bytes(len(block) * tries))
        os.fsync(fd)
        took = []
        for i in range(tries):
            start = time.perf_counter()
            os.pwrite(fd, block, i * len(block))
            os.fdatasync(fd)
            took.append((time.perf_counter() - start) * 1e6)
    finally:
        os.close(fd)
        os.unlink(path)
    took.sort()
    return took[len(took) // 2], took[len(took) * 9 // 10]


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--cli", required=True, help="path of mailtriage-cli")
    parser.add_argument("--client", required=True, help="path of smtp_load_client (the load generator)")
    parser.add_argument("--disk", default="/var/tmp",
                        help="directory on the default disk for the state of the disk rows (not tmpfs)")
    parser.add_argument("--sessions", type=int, default=20)
    # 20 x 1,000: the headline configuration; a round takes one to four
    # seconds, so what a fresh server costs at first weighs little.
    parser.add_argument("--messages", type=int, default=1000, help="messages per session")
    parser.add_argument("--warmup", type=int, default=50,
                        help="messages per session sent to each server of a row before its rounds (not counted)")
    parser.add_argument("--rounds", type=int, default=2, help="rounds per server and row, alternating")
    parser.add_argument("--idle", type=int, default=200, help="idle connections for the memory figure")
    parser.add_argument("--sink", default=shutil.which("smtp-sink") or "/usr/sbin/smtp-sink")
    args = parser.parse_args()

    shm = "/dev/shm" if os.path.isdir("/dev/shm") else None
    work = tempfile.mkdtemp(prefix="smtp_load-", dir=shm)
    disk = tempfile.mkdtemp(prefix="smtp_load-state-", dir=args.disk)
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
    credentials = base64.b64encode(b"\0bench@bench.test\0bench-secret").decode()
    # (label, state directory, client mode)
    rows = [("disk, no pipelining", os.path.join(disk, "a"), "lockstep"),
            ("disk, pipelined", os.path.join(disk, "b"), "pipelined"),
            ("tmpfs, pipelined", os.path.join(work, "d"), "pipelined"),
            ("tmpfs, no pipelining", os.path.join(work, "c"), "lockstep")]
    # The shared store beside the file store: the same default disk, the
    # counters and blocks in a redis-server of our own (its CPU counted too).
    redis = None
    redis_server = shutil.which("redis-server")
    if redis_server:
        redis_port = free_port()
        redis = subprocess.Popen([redis_server, "--port", str(redis_port), "--bind", "127.0.0.1", "--save", "",
                                  "--appendonly", "no"], stdout=subprocess.DEVNULL)
        if wait_port(redis_port):
            rows.insert(1, ("disk + Redis store", os.path.join(disk, "r"), "lockstep",
                            ["--store", "redis://127.0.0.1:%d/0" % redis_port]))
    rows = [row if len(row) == 4 else row + ([],) for row in rows]
    sink_port = free_port()
    sink = subprocess.Popen([args.sink, "-u", "nobody", "127.0.0.1:%d" % sink_port, "1024"],
                            stderr=subprocess.DEVNULL)
    ours = None
    summary = []
    try:
        if not wait_port(sink_port):
            sys.exit("smtp-sink did not start")
        print("%d sessions x %d messages, %d rounds per server and row, alternating with smtp-sink" %
              (args.sessions, args.messages, args.rounds))
        median, p90 = flush_latency(disk)
        print("default disk (%s, %s): " % filesystem_of(disk) +
              "a 4 KiB write made durable (pwrite + fdatasync) takes %.0f us, p90 %.0f us" % (median, p90))
        for label, state, mode, extra in rows:
            mount, fstype = filesystem_of(os.path.dirname(state))
            ours, ours_port = start_serve(args.cli, work, state, dns.port, extra)
            helper_pid = redis.pid if extra and redis else None
            servers = [("mailtriage", ours_port, ours.pid), ("smtp-sink", sink_port, sink.pid)]
            totals = {name: [0, 0.0, 0, collections.Counter()] for name, _, _ in servers}
            print("--- %s: state on %s (%s) ---" % (label, mount, fstype))
            # A server that has just started (first segment, first login,
            # first DNS answers) is not what a busy one costs.
            for _, port, _ in servers:
                run_client(args.client, port, args.sessions, args.warmup, credentials, mode)
            for round_number in range(args.rounds):
                for name, port, pid in servers:
                    also = helper_pid if name == "mailtriage" else None
                    ticks = cpu_ticks(pid) + (cpu_ticks(also) if also else 0)
                    accepted, seconds, codes = run_client(args.client, port, args.sessions, args.messages,
                                                          credentials, mode)
                    used = cpu_ticks(pid) + (cpu_ticks(also) if also else 0) - ticks
                    total = totals[name]
                    total[0] += accepted
                    total[1] += seconds
                    total[2] += used
                    total[3].update(codes)
                    print("round %d %-10s %7d accepted in %6.2f s = %8.0f msg/s, server CPU %6.1f us/msg" %
                          (round_number + 1, name, accepted, seconds, accepted / seconds,
                           used * 1e6 / TICKS / max(accepted, 1)))
            is_last = (label, state, mode, extra) == rows[-1]
            memory = {}
            if is_last:
                for name, port, pid in servers:
                    memory[name] = asyncio.run(idle_memory(port, pid, args.idle))
            stopped_accepted, syncs = stop_serve(ours)
            ours = None
            # The rows' state stays until the end: deleting 10,000 files
            # here would leave the next row's server allocating inodes
            # beside just-freed ones, which ext4 makes slow (it checks each
            # one was not deleted in a transaction not yet committed): a
            # cost of the benchmark's cleanup, not of serving mail.
            rate = {name: t[0] / t[1] for name, t in totals.items()}
            cpu = {name: t[2] * 1e6 / TICKS / max(t[0], 1) for name, t in totals.items()}
            codes = {name: dict(sorted(t[3].items())) for name, t in totals.items()}
            per_message = "%.3f" % (syncs / stopped_accepted) if stopped_accepted else "?"
            summary.append((label, rate["mailtriage"], rate["smtp-sink"], cpu["mailtriage"], cpu["smtp-sink"],
                            per_message, codes))
            if memory:
                for name, per in memory.items():
                    print("%-10s memory per idle connection: %.1f KiB (%d connections)" %
                          (name, per / 1024, args.idle))
        print()
        print("%-22s %10s %10s %7s %12s %12s %10s" % ("row", "msg/s", "smtp-sink", "ratio", "CPU us/msg",
                                                      "sink us/msg", "syncs/msg"))
        for label, ours_rate, sink_rate, ours_cpu, sink_cpu, per_message, _ in summary:
            print("%-22s %10.0f %10.0f %6.2fx %12.1f %12.1f %10s" %
                  (label, ours_rate, sink_rate, ours_rate / sink_rate, ours_cpu, sink_cpu, per_message))
        for label, *_, codes in summary:
            print("replies, %s: %s" % (label, codes))
        print("targets: disk, no pipelining >= 0.50x; disk, pipelined >= 1.00x; CPU <= 50 us/msg "
              "(tmpfs rows: extra, not targets)")
    finally:
        for process in (ours, sink, redis):
            if process is None:
                continue
            process.terminate()
            try:
                process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                process.kill()
        shutil.rmtree(work, ignore_errors=True)
        shutil.rmtree(disk, ignore_errors=True)


if __name__ == "__main__":
    main()
