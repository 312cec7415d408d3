#!/usr/bin/env python3
"""`labor-rules audit` or `labor-rules batch`, unchanged, under Spark: RDD.pipe over a partitioned input,
checked against one process of the same CLI over the whole file.

  pipe.py audit PAYROLL.csv OUTDIR --cli PATH [--master local[2]] [--partitions 8] [--ship]
  pipe.py batch SCENARIOS.jsonl OUTDIR --cli PATH [...]

audit: each partition gets the input's header row in front and loses the output's header row after the pipe.
batch: lines go straight through; `line` restarts at 1 in each partition, so it is checked per partition and
renumbered from the partition's offset before the comparison.
Writes OUTDIR/<kind>-single.* (one process), OUTDIR/<kind>-spark/ (Spark's part files) and
OUTDIR/<kind>-spark.* (the parts joined in partition order); the two files must be byte-identical.
--ship sends the binary with SparkContext.addFile, as `spark-submit --files` does: executors run it from
their working directory (in local mode, from the driver's SparkFiles directory).
Exits 1 on any mismatch.
"""

import argparse
import filecmp
import itertools
import json
import os
import re
import shutil
import subprocess
import sys
import time


def single_process(cli, kind, path, out):
    """One process of the CLI over the whole file: wall time in seconds."""
    start = time.monotonic()
    with open(path, "rb") as stdin, open(out, "wb") as stdout:
        code = subprocess.run([cli, kind, "-"], stdin=stdin, stdout=stdout).returncode
    if code != 0:
        sys.exit(f"{kind}: one process exited {code}")
    return time.monotonic() - start


def main():
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("kind", choices=["audit", "batch"])
    p.add_argument("input")
    p.add_argument("outdir")
    p.add_argument("--cli", required=True, help="the labor-rules binary")
    p.add_argument("--master", default="local[2]")
    p.add_argument("--partitions", type=int, default=8)
    p.add_argument("--ship", action="store_true", help="send the binary to the executors (SparkContext.addFile)")
    a = p.parse_args()

    ext = "csv" if a.kind == "audit" else "jsonl"
    os.makedirs(a.outdir, exist_ok=True)
    single_out = os.path.join(a.outdir, f"{a.kind}-single.{ext}")
    spark_dir = os.path.join(a.outdir, f"{a.kind}-spark")
    spark_out = os.path.join(a.outdir, f"{a.kind}-spark.{ext}")
    shutil.rmtree(spark_dir, ignore_errors=True)
    cli = os.path.abspath(a.cli)

    # 1. One process over the whole file.
    single_seconds = single_process(cli, a.kind, a.input, single_out)

    # 2. Spark.
    os.environ.setdefault("PYSPARK_PYTHON", sys.executable)
    from pyspark import SparkConf, SparkContext, SparkFiles

    spark_start = time.monotonic()
    conf = SparkConf().setMaster(a.master).setAppName(f"labor-rules {a.kind}")
    conf.set("spark.ui.showConsoleProgress", "false").set("spark.ui.enabled", "false")
    sc = SparkContext(conf=conf)
    sc.setLogLevel("ERROR")
    if a.ship:
        sc.addFile(cli)
        name = os.path.basename(cli)
        local = a.master == "local" or a.master.startswith("local[")
        exe = SparkFiles.get(name) if local else "./" + name
    else:
        exe = cli
    command = f"{exe} {a.kind} -"

    lines = sc.textFile(os.path.abspath(a.input), minPartitions=a.partitions)
    job_start = time.monotonic()
    if a.kind == "audit":
        header = lines.first()
        with open(single_out, encoding="utf-8") as f:
            out_header = f.readline().rstrip("\n")
        rows = lines.mapPartitionsWithIndex(lambda i, it: itertools.islice(it, 1, None) if i == 0 else it)

        def strip_header(it):
            first = next(it, None)
            if first != out_header:
                raise RuntimeError(f"expected the audit's header row, got {first!r}")
            return it

        piped = rows.mapPartitions(lambda it: itertools.chain([header], it))
        piped = piped.pipe(command, checkCode=True).mapPartitions(strip_header)
    else:
        rows = lines
        piped = lines.pipe(command, checkCode=True)
    piped.saveAsTextFile(spark_dir)
    job_seconds = time.monotonic() - job_start
    in_counts = rows.mapPartitions(lambda it: [sum(1 for _ in it)]).collect()
    partitions = lines.getNumPartitions()
    sc.stop()
    spark_seconds = time.monotonic() - spark_start

    # 3. Join the parts in partition order and compare.
    parts = sorted(f for f in os.listdir(spark_dir) if f.startswith("part-"))
    problems = []
    if len(parts) != partitions:
        problems.append(f"{len(parts)} part files for {partitions} partitions")
    out_counts = []
    with open(spark_out, "w", encoding="utf-8", newline="\n") as joined:
        if a.kind == "audit":
            joined.write(out_header + "\n")
        offset = 0
        for part in parts:
            count = 0
            with open(os.path.join(spark_dir, part), encoding="utf-8") as f:
                for text in f:
                    count += 1
                    if a.kind == "batch":
                        line = json.loads(text)["line"]
                        if line != count:
                            problems.append(f"{part} line {count} has \"line\": {line}")
                        text, n = re.subn(f'"line":{line}(?=[,}}])', f'"line":{offset + count}', text)
                        if n != 1:
                            problems.append(f'{part} line {count}: {n} "line" fields')
                    joined.write(text)
            out_counts.append(count)
            offset += count
    rows_in, rows_out = sum(in_counts), sum(out_counts)
    with open(single_out, encoding="utf-8") as f:
        rows_single = sum(1 for _ in f) - (1 if a.kind == "audit" else 0)
    if out_counts != in_counts:
        problems.append(f"rows per partition in {in_counts}, out {out_counts}")
    if rows_single != rows_in:
        problems.append(f"one process gave {rows_single} rows for {rows_in}")
    if not filecmp.cmp(single_out, spark_out, shallow=False):
        with open(single_out, encoding="utf-8") as s, open(spark_out, encoding="utf-8") as k:
            for number, (x, y) in enumerate(itertools.zip_longest(s, k), 1):
                if x != y:
                    problems.append(f"first difference at line {number} of {os.path.basename(spark_out)}")
                    break

    summary = {
        "kind": a.kind,
        "master": a.master,
        "partitions": partitions,
        "rows_in": rows_in,
        "rows_out": rows_out,
        "rows_per_partition": in_counts,
        "single_process_seconds": round(single_seconds, 2),
        "spark_job_seconds": round(job_seconds, 2),
        "spark_with_startup_seconds": round(spark_seconds, 2),
        "identical": not problems,
    }
    print(json.dumps(summary))
    for problem in problems[:20]:
        print(f"{a.kind}: MISMATCH: {problem}", file=sys.stderr)
    sys.exit(1 if problems else 0)


if __name__ == "__main__":
    main()
