#!/usr/bin/env bash
# labor-rules audit and labor-rules batch, unchanged, under Apache Spark (pyspark from PyPI, local mode):
# RDD.pipe over a partitioned input, N rows in and N rows out, the same bytes as one process.
#
#   Examples/Spark/run.sh [N]          N rows of each (default 20000)
#
# Environment: MASTER (default local[2]), PARTITIONS (default 8), STATIC=1 to build and ship the binary
# linked with --static-swift-stdlib, PYSPARK (default pyspark>=4,<5). Needs the Swift toolchain, Java 17
# and python3; everything it makes is under .build/ (the venv in .build/spark-venv, the files in .build/spark).
set -euo pipefail
cd "$(dirname "$0")/../.."

N=${1:-20000}
MASTER=${MASTER:-local[2]}
PARTITIONS=${PARTITIONS:-8}
PYSPARK=${PYSPARK:-pyspark>=4,<5}
export SPARK_LOCAL_IP=${SPARK_LOCAL_IP:-127.0.0.1}
OUT=.build/spark
mkdir -p "$OUT"

if [[ ${STATIC:-0} == 1 ]]; then
  swift build -c release --product labor-rules --static-swift-stdlib --scratch-path .build/static
  CLI=.build/static/release/labor-rules
else
  swift build -c release --product labor-rules
  CLI=.build/release/labor-rules
fi

if [[ ! -x .build/spark-venv/bin/python ]]; then python3 -m venv .build/spark-venv; fi
.build/spark-venv/bin/python -c 'import pyspark' 2>/dev/null || .build/spark-venv/bin/pip install -q "$PYSPARK"
PY=.build/spark-venv/bin/python
echo "pyspark $($PY -c 'import pyspark; print(pyspark.__version__)'), $(java -version 2>&1 | head -1)," \
  "master $MASTER, $PARTITIONS partitions, $N rows, $(nproc) cores"

python3 Examples/Spark/generate.py audit "$N" "$OUT/payroll.csv"
python3 Examples/Spark/generate.py batch "$N" "$OUT/scenarios.jsonl"

status=0
for kind in audit batch; do
  input=$OUT/payroll.csv
  [[ $kind == batch ]] && input=$OUT/scenarios.jsonl
  # Bounded: a run that hangs is stopped after 20 minutes.
  timeout 1200 "$PY" Examples/Spark/pipe.py "$kind" "$input" "$OUT" --cli "$CLI" \
    --master "$MASTER" --partitions "$PARTITIONS" --ship | tee "$OUT/$kind-summary.json" || status=1
done

echo
echo "summary ($(date -u +%Y-%m-%d), $(nproc) cores):"
for kind in audit batch; do
  "$PY" - "$OUT/$kind-summary.json" <<'EOF' || status=1
import json, sys
try:
    s = json.load(open(sys.argv[1]))
except ValueError:
    sys.exit(f"  {sys.argv[1]}: no summary (the run failed)")
print(f"  {s['kind']}: {s['rows_in']} rows in, {s['rows_out']} out, {s['partitions']} partitions on {s['master']}; "
      f"one process {s['single_process_seconds']} s, Spark job {s['spark_job_seconds']} s "
      f"({s['spark_with_startup_seconds']} s with start-up); "
      + ("byte-identical" if s["identical"] else "MISMATCH"))
sys.exit(0 if s["identical"] else 1)
EOF
done
exit $status
