#!/usr/bin/env python3
"""Run `redact` over one input file on Apache Spark.

    python3 examples/spark/redact_job.py --input PATH --output DIR [-- redact arguments]

The input is cut into byte ranges that end at line breaks, each range is piped through its own
`redact` process (one subprocess per partition, `mapPartitionsWithIndex`), and each result is
written to `DIR/part-NNNNN`. The concatenation of the part files in name order is byte for byte
what `redact [arguments] < PATH` writes, for every format:

* Line formats (`text`, `ndjson`, `x-api`) are split: each line is its own record and nothing is
  learnt across lines, so any split at line breaks gives the same bytes.
* Every other format (`csv`/`tsv`: a header and names learnt across rows; `json`, the chats,
  `document`: one input is one record) runs as one partition, with a warning.
* Without `--format`, the format is recognised once, from the input's first 64 KiB as `redact`
  would, and every partition is given it (a shard must not recognise its own).

Bytes are never decoded: Spark's text readers would turn invalid UTF-8 into U+FFFD (which
`redact` must see, to fail closed) and drop line ends. A partition whose `redact` exits non-zero
fails the job: the job exits 2, no `part-*` file is left in DIR, and no `_SUCCESS` marker is
written. Results are written to `DIR/_temporary` by the tasks and moved into place by the driver
only when every partition has succeeded.

Files named by `--key-file` and `--policy` are shipped to the executors (`SparkContext.addFile`,
or `spark-submit --files`), and the key's copy is made mode 0600 before `redact` reads it. The
key is never put on a command line. See the README's "Running on Spark" section.
"""

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
import threading

# Formats whose framing is one line per record with nothing learnt across records.
LINE_FORMATS = {"text", "ndjson", "x-api"}
# How many bytes `redact` looks at to recognise an input (FormatRegistry.headBytes).
HEAD_BYTES = 64 << 10
# Options of `redact` that name a file the executors need.
SHIPPED_OPTIONS = ("--key-file", "--policy")
# Options that make no sense per partition: the job writes the output itself.
REFUSED_OPTIONS = ("-o", "--output", "--out", "--in", "--report", "--check")
BOM = b"\xef\xbb\xbf"
CHUNK = 1 << 20


class JobError(Exception):
    """A failure the job reports on one line and exits non-zero for."""

    def __init__(self, message, status=2):
        super().__init__(message)
        self.status = status


def option_value(arguments, name):
    """The value of `name` (`--name VALUE` or `--name=VALUE`) in `arguments`, the last one wins."""
    value = None
    for index, argument in enumerate(arguments):
        if argument == name and index + 1 < len(arguments):
            value = arguments[index + 1]
        elif argument.startswith(name + "="):
            value = argument[len(name) + 1:]
    return value


def replace_option(arguments, name, value):
    """`arguments` with every value of `name` replaced by `value`."""
    result = []
    skip = False
    for index, argument in enumerate(arguments):
        if skip:
            skip = False
            continue
        if argument == name and index + 1 < len(arguments):
            result += [name, value]
            skip = True
        elif argument.startswith(name + "="):
            result.append(name + "=" + value)
        else:
            result.append(argument)
    return result


def check_arguments(arguments):
    for argument in arguments:
        if argument == "--":
            raise JobError("give redact's arguments after one '--' only", 64)
        for refused in REFUSED_OPTIONS:
            if argument == refused or argument.startswith(refused + "="):
                raise JobError(
                    f"'{refused}' cannot be given to redact inside the job: the job writes the output to --output DIR",
                    64,
                )


def split_points(path, size, partitions):
    """Byte offsets cutting the file into about `partitions` ranges, each ending after a `\\n`."""
    points = [0]
    with open(path, "rb") as handle:
        for k in range(1, partitions):
            target = size * k // partitions
            if target <= points[-1]:
                continue
            # The cut goes after the first line break at or after target - 1, so a range never
            # starts in the middle of a line.
            handle.seek(target - 1)
            offset = target - 1
            cut = None
            while cut is None:
                block = handle.read(CHUNK)
                if not block:
                    break
                found = block.find(b"\n")
                if found >= 0:
                    cut = offset + found + 1
                offset += len(block)
            if cut is None or cut >= size:
                break
            if cut > points[-1]:
                points.append(cut)
    points.append(size)
    return list(zip(points[:-1], points[1:]))


def recognised_format(binary, path, environment):
    """The format `redact` recognises for the whole input, read from its run report on the head."""
    with open(path, "rb") as handle:
        head = handle.read(HEAD_BYTES)
    with tempfile.TemporaryDirectory(prefix="redact-job-") as scratch:
        report = os.path.join(scratch, "report.json")
        subprocess.run(
            [binary, "--check", "--operator", "label", "--report", report],
            input=head,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            env=environment,
            check=False,
        )
        try:
            with open(report, encoding="utf-8") as handle:
                return json.load(handle).get("format") or None
        except (OSError, ValueError):
            return None


def local_master(master):
    return master.startswith("local")


def ship_files(context, arguments):
    """For each file-valued option: how the executors find the file.

    Returns {option: (kind, value)} where kind is "path" (use as is: local mode, the driver's
    file) or "sparkfile" (the name under SparkFiles: shipped here with addFile, or by
    spark-submit --files when the driver does not have it).
    """
    shipped = {}
    for option in SHIPPED_OPTIONS:
        value = option_value(arguments, option)
        if option == "--key-file" and value is None:
            value = os.environ.get("REDACT_KEY_FILE") or None
        if value is None:
            continue
        if option == "--policy" and not os.path.exists(value):
            continue  # a built-in policy name
        if os.path.exists(value) and local_master(context.master):
            shipped[option] = ("path", os.path.abspath(value))
        elif os.path.exists(value):
            context.addFile(os.path.abspath(value))
            shipped[option] = ("sparkfile", os.path.basename(value))
        else:
            shipped[option] = ("sparkfile", os.path.basename(value))
    return shipped


def executor_arguments(arguments, shipped):
    """redact's arguments on an executor, with shipped files resolved there."""
    from pyspark import SparkFiles

    result = list(arguments)
    environment = dict(os.environ)
    for option, (kind, value) in shipped.items():
        path = value if kind == "path" else SparkFiles.get(value)
        if option == "--key-file":
            if kind == "sparkfile":
                # Spark copies fetched files with its own mode (often world-readable, even
                # executable); redact refuses such a key, so tighten the executor's copy first.
                os.chmod(path, 0o600)
            environment.pop("REDACT_KEY_FILE", None)
        if option_value(result, option) is None:
            result = [option, path] + result
        else:
            result = replace_option(result, option, path)
    return result, environment


def run_partition(index, byte_range, job):
    """Pipes one byte range of the input through `redact` into a temporary part file."""
    from pyspark import TaskContext

    start, end = byte_range
    arguments, environment = executor_arguments(job["arguments"], job["shipped"])
    attempt = TaskContext.get().taskAttemptId()
    target = os.path.join(job["temporary"], f"part-{index:0{job['width']}d}.attempt-{attempt}")
    with open(job["input"], "rb") as source:
        source.seek(start)
        first = source.read(min(3, end - start))
        source.seek(start)
        # A range that starts with U+FEFF would lose it: redact drops a byte-order mark at the
        # start of its input, but in the whole input this one is content. A blank line before it
        # (a blank line comes out as a blank line in every line format) keeps it content, and the
        # blank line is taken off the output again.
        guard = index > 0 and first == BOM
        process = subprocess.Popen(
            [job["binary"]] + arguments,
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            env=environment,
        )
        errors = []
        reader = threading.Thread(target=lambda: errors.append(process.stderr.read()))
        reader.start()

        def feed():
            try:
                if guard:
                    process.stdin.write(b"\n")
                remaining = end - start
                while remaining > 0:
                    block = source.read(min(CHUNK, remaining))
                    if not block:
                        break
                    process.stdin.write(block)
                    remaining -= len(block)
            except BrokenPipeError:
                pass  # redact stopped early; its exit status says why
            finally:
                try:
                    process.stdin.close()
                except BrokenPipeError:
                    pass

        writer = threading.Thread(target=feed)
        writer.start()
        with open(target, "wb") as output:
            pending_guard = guard
            while True:
                block = process.stdout.read(CHUNK)
                if not block:
                    break
                if pending_guard:
                    if block[:1] != b"\n":
                        process.kill()
                        raise RuntimeError(f"partition {index}: redact did not pass the blank guard line through")
                    block = block[1:]
                    pending_guard = False
                output.write(block)
        writer.join()
        reader.join()
        status = process.wait()
    if status != 0:
        os.unlink(target)
        # redact's messages name positions and reasons, never input text or key bytes.
        message = b"".join(errors).decode("utf-8", "replace").strip()
        raise RuntimeError(
            f"partition {index} (input bytes {start}-{end}): redact exited with status {status}: {message}"
        )
    return [(index, target)]


def run(context, input_path, output_dir, arguments, partitions=None, binary="redact"):
    """Runs the job in `context`; returns the number of part files written."""
    check_arguments(arguments)
    if not os.path.isfile(input_path):
        raise JobError(f"input {input_path} is not a readable file", 64)
    if os.path.exists(output_dir) and os.listdir(output_dir):
        raise JobError(f"output directory {output_dir} exists and is not empty", 64)
    # In local mode the executors share the driver's file system, so the binary is resolved
    # here; on a cluster it is resolved on each executor (on its PATH, or relative to its working
    # directory, where spark-submit --archives unpacks).
    resolved = shutil.which(binary)
    if local_master(context.master):
        if resolved is None:
            raise JobError(f"cannot find the redact binary '{binary}' (put it on the PATH or pass --redact)", 64)
        binary = os.path.abspath(resolved)
    input_path = os.path.abspath(input_path)
    size = os.path.getsize(input_path)

    format_name = option_value(arguments, "--format")
    if format_name in (None, "auto"):
        probe = {k: v for k, v in os.environ.items() if k != "REDACT_KEY_FILE"}
        detected = recognised_format(resolved or binary, input_path, probe) if size else "text"
        if detected and "," not in detected and detected != "auto":
            format_name = detected
            arguments = arguments + ["--format", detected]
    if format_name in LINE_FORMATS:
        ranges = split_points(input_path, size, partitions or context.defaultParallelism)
    else:
        if (partitions or context.defaultParallelism) > 1:
            print(
                f"redact_job: format '{format_name or 'unknown'}' is not read line by line; running one partition",
                file=sys.stderr,
            )
        ranges = [(0, size)]
    if not ranges:
        ranges = [(0, 0)]  # empty input: one partition, so redact still runs (and part-00000 exists)

    os.makedirs(output_dir, exist_ok=True)
    temporary = temporary_directory(output_dir)
    os.makedirs(temporary, exist_ok=True)
    job = {
        "arguments": arguments,
        "shipped": ship_files(context, arguments),
        "binary": binary,
        "input": input_path,
        "temporary": temporary,
        "width": max(5, len(str(len(ranges) - 1))),
    }
    try:
        results = (
            context.parallelize(ranges, len(ranges))
            .mapPartitionsWithIndex(lambda index, items: [r for item in items for r in run_partition(index, item, job)])
            .collect()
        )
        if sorted(index for index, _ in results) != list(range(len(ranges))):
            raise JobError("the job did not return every partition")
        for index, path in results:
            os.replace(path, os.path.join(output_dir, f"part-{index:0{job['width']}d}"))
        with open(os.path.join(output_dir, "_SUCCESS"), "wb"):
            pass
        return len(ranges)
    except Exception as error:
        if isinstance(error, JobError):
            raise
        raise JobError(f"the job failed, no output written: {first_line(error)}") from None


def temporary_directory(output_dir):
    return os.path.join(os.path.abspath(output_dir), "_temporary")


def first_line(error):
    """The redact message from a Spark failure (a Java stack trace around a Python one)."""
    text = str(error)
    for line in text.splitlines():
        if "redact exited with status" in line or "RuntimeError:" in line:
            return line.split("RuntimeError:", 1)[-1].strip()
    return text.splitlines()[0] if text else type(error).__name__


def main(argv):
    if "--" in argv:
        split = argv.index("--")
        own, arguments = argv[:split], argv[split + 1:]
    else:
        own, arguments = argv, []
    parser = argparse.ArgumentParser(description="Run redact over one input file on Spark.")
    parser.add_argument("--input", required=True, help="The input file (readable at this path by every executor).")
    parser.add_argument("--output", required=True, help="A new or empty directory for part-* files.")
    parser.add_argument("--partitions", type=int, help="How many partitions (default: Spark's default parallelism).")
    parser.add_argument("--redact", default="redact", help="The redact binary (default: redact on the PATH).")
    parser.add_argument("--master", default=None, help="Spark master when not set by spark-submit (default local[2]).")
    options = parser.parse_args(own)

    from pyspark import SparkConf, SparkContext

    conf = SparkConf().setAppName("redact")
    if options.master or not conf.contains("spark.master"):
        conf.setMaster(options.master or "local[2]")
    conf.setIfMissing("spark.ui.enabled", "false")
    conf.setIfMissing("spark.ui.showConsoleProgress", "false")
    created = not os.path.exists(options.output)
    context = SparkContext(conf=conf)
    context.setLogLevel("ERROR")
    try:
        count = run(context, options.input, options.output, arguments, options.partitions, options.redact)
        print(f"redact_job: wrote {count} part files to {options.output}", file=sys.stderr)
        return 0
    except JobError as error:
        print(f"redact_job: error: {error}", file=sys.stderr)
        return error.status
    finally:
        # Stopping the context ends every task still running, so nothing writes afterwards.
        context.stop()
        shutil.rmtree(temporary_directory(options.output), ignore_errors=True)
        if created and os.path.isdir(options.output) and not os.listdir(options.output):
            os.rmdir(options.output)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
