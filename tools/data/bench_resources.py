#!/usr/bin/env python3
"""Peak memory and time of the redact filter on the inputs that used to exhaust it.

Not a test: it prints figures (see docs/MEASUREMENTS.md and the README's "Performance").

  swift build -c release --product redact
  python3 tools/data/bench_resources.py [--redact .build/release/redact] [--mb 64]
      [--data ../shared/data/ner] [--terms 1000000] [--only record|deny] [--keep DIR]

Cases:
  record  one line (one record) of --mb MiB in each script: sentences of the NER dev sets
          joined by spaces (real name density), or generated text where there is no dev set
          (digits, ALL CAPS, random Han without spaces). Targets: peak RSS <= 200 MB at 64 MiB.
  deny    a policy with a deny_files list of --terms generated names in several scripts
          (Latin, Han, Devanagari, Bengali, Thai; about 13 bytes a term) and a one-line input:
          the time and memory to the first record. Targets: <= 3 s, <= 300 MB.

Each case runs the binary as a child process; peak RSS is the child's ru_maxrss (wait4).
Inputs are generated with a fixed seed into a temporary directory (or --keep DIR).
"""
import argparse
import json
import os
import random
import resource
import subprocess
import sys
import tempfile
import time

SCRIPTS = ["en", "hi", "bn", "ne", "th", "zh", "ja", "ko", "id"]


def dev_sentences(data, lang):
    path = os.path.join(data, lang, "dev.jsonl")
    if not os.path.exists(path):
        return None
    with open(path, encoding="utf-8") as f:
        return [json.loads(line)["text"].replace("\n", " ") for line in f if line.strip()]


def generated(kind, rng, count):
    if kind == "digits":
        return [str(rng.randint(0, 10**12)) for _ in range(count)]
    if kind == "han-unspaced":
        names = ["王小明", "李娜", "张伟", "北京", "上海", "广州"]
        return ["".join(chr(rng.randint(0x4E00, 0x9FA5)) for _ in range(rng.randint(5, 40))) + rng.choice(names)
                for _ in range(count)]
    raise ValueError(kind)


def write_record(path, pieces, size, joiner):
    """One line of `size` bytes: pieces repeated in a shuffled order, no newline inside."""
    data = bytearray()
    rng = random.Random(7)
    while len(data) < size:
        rng.shuffle(pieces)
        for piece in pieces:
            data += piece.encode("utf-8") + joiner
            if len(data) >= size:
                break
    data = data[:size]
    # Cut back to a whole UTF-8 scalar.
    while data and (data[-1] & 0xC0) == 0x80:
        data = data[:-1]
    if data and data[-1] >= 0xC0:
        data = data[:-1]
    with open(path, "wb") as f:
        f.write(bytes(data) + b"\n")


def run(binary, args, stdin_path):
    start = time.monotonic()
    with open(stdin_path, "rb") as stdin, open(os.devnull, "wb") as devnull:
        process = subprocess.Popen([binary] + args, stdin=stdin, stdout=devnull, stderr=subprocess.PIPE)
        _, status, usage = os.wait4(process.pid, 0)
        process.returncode = os.waitstatus_to_exitcode(status)
        error = process.stderr.read().decode("utf-8", "replace").strip()
    seconds = time.monotonic() - start
    return seconds, usage.ru_maxrss / 1024, process.returncode, error  # ru_maxrss is KiB on Linux


def report(name, size_mb, seconds, rss_mb, code, error):
    rate = f"{size_mb / seconds:6.1f} MB/s" if size_mb else ""
    line = f"{name:34} peak RSS {rss_mb:7.1f} MB  {seconds:7.2f} s  {rate}"
    if code != 0:
        line += f"  exit {code}: {error[:120]}"
    print(line, flush=True)


def term_list(path, count):
    rng = random.Random(11)
    first = ("Priya Rahim Anjali Sindhu Lakshmi Kishan Nguyen Somchai Siti Ayu Rekha Mohammad Abdul Fatima Ravi "
             "Sunita Arjun Deepa Hoang Thi Lan Minh Budi Dewi Maria Jose Ana Juan").split()
    syllables = "ka ri ma na la sa ta pa ra ni yu ko mi ha ji da be ro vi su no de ga hu to le".split()

    def latin():
        given = rng.choice(first) if rng.random() < 0.5 else "".join(
            rng.choice(syllables) for _ in range(rng.randint(2, 3))).capitalize()
        return given + " " + "".join(rng.choice(syllables) for _ in range(rng.randint(2, 4))).capitalize()

    def han():
        return rng.choice("王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗") + "".join(
            chr(rng.randint(0x4E00, 0x9FA5)) for _ in range(rng.randint(1, 2)))

    def indic(consonants, signs):
        return "".join(chr(rng.randint(*consonants)) + chr(rng.choice(signs)) for _ in range(rng.randint(2, 3)))

    def thai():
        return "".join(chr(rng.randint(0x0E01, 0x0E2E)) for _ in range(rng.randint(3, 5)))

    makers = [latin] * 6 + [han, lambda: indic((0x0915, 0x0939), [0x093E, 0x093F, 0x0940, 0x0941, 0x0947]),
                            lambda: indic((0x0995, 0x09B9), [0x09BE, 0x09BF, 0x09C0, 0x09C1]), thai]
    with open(path, "w", encoding="utf-8") as f:
        f.write("# generated case-file names\n")
        for _ in range(count):
            f.write(rng.choice(makers)() + "\n")


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--redact", default=".build/release/redact")
    parser.add_argument("--mb", type=int, default=64, help="size of the single record, MiB")
    parser.add_argument("--data", default="../shared/data/ner")
    parser.add_argument("--terms", type=int, default=1_000_000)
    parser.add_argument("--only", choices=["record", "deny"])
    parser.add_argument("--scripts", default=",".join(SCRIPTS + ["caps", "digits", "han-unspaced"]))
    parser.add_argument("--keep", help="write the inputs here and keep them")
    args = parser.parse_args()
    binary = os.path.abspath(args.redact)
    directory = args.keep or tempfile.mkdtemp(prefix="redact-bench-")
    os.makedirs(directory, exist_ok=True)
    size = args.mb << 20
    print(f"bench_resources: {binary}, inputs in {directory}")

    empty = os.path.join(directory, "one-line.txt")
    with open(empty, "w") as f:
        f.write("hi Priya\n")
    seconds, rss, code, error = run(binary, [], empty)
    report("start-up, one short line", 0, seconds, rss, code, error)

    if args.only in (None, "record"):
        for script in args.scripts.split(","):
            rng = random.Random(3)
            if script == "caps":
                pieces, joiner = [s.upper() for s in dev_sentences(args.data, "en") or []], b" "
            elif script in ("digits", "han-unspaced"):
                pieces, joiner = generated(script, rng, 20000), (b" " if script == "digits" else b"")
            else:
                pieces, joiner = dev_sentences(args.data, script), b" "
            if not pieces:
                print(f"{script}: no dev set under {args.data}, skipped")
                continue
            path = os.path.join(directory, f"record-{script}-{args.mb}mb.txt")
            write_record(path, pieces, size, joiner)
            seconds, rss, code, error = run(binary, [], path)
            report(f"one {args.mb} MiB record, {script}", size / 1e6, seconds, rss, code, error)
            if not args.keep:
                os.remove(path)

    if args.only in (None, "deny"):
        terms = os.path.join(directory, "case-names.txt")
        term_list(terms, args.terms)
        policy = os.path.join(directory, "deny-policy.yaml")
        with open(policy, "w") as f:
            f.write("deny_files: [case-names.txt]\n")
        megabytes = os.path.getsize(terms) / 1e6
        seconds, rss, code, error = run(binary, ["--policy", policy], empty)
        report(f"deny list, {args.terms} terms ({megabytes:.0f} MB)", 0, seconds, rss, code, error)
    return 0


if __name__ == "__main__":
    sys.exit(main())
