#!/usr/bin/env bash
# manim.cpp against Manim CE v0.18.0 on this machine, both engines in one run, alternating
# (ours, then Manim CE, per round). Needs MANIMCE_PYTHON: a python that imports Manim CE
# v0.18.0 (docs/benchmarks.md says how to make one); without it the script says so and stops.
#
#   MANIMCE_PYTHON=/path/venv/bin/python bench/vs_manimce/run.sh [-r ROUNDS] [CASE...]
#
# Cases: surface (64x64 Surface, rotating camera, -qh; SURFACE_SECONDS, default 10),
#        build (riemann 1000 rectangles and 50x50 tables, in-process; BUILD_REPEATS, default 3),
#        user (Transformer user scene at -ql: cold, then warm with each engine's cache),
#        redraw (50 always_redraw dots, -ql; REDRAW_SECONDS, default 60).
# Default: all four. Every run's figures go to $OUT (default /tmp/vs_manimce.tsv) as
#   case engine round metric value
# and a Markdown summary (medians per engine, ratio Manim CE / manim.cpp) is printed at the end.
# Wall time on a shared machine depends on its load: cpu (user+system of the process and its
# children, from /usr/bin/time) is printed beside it, with the load average at each run.
set -euo pipefail
repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
if [[ -z "${MANIMCE_PYTHON:-}" ]]; then
  echo "MANIMCE_PYTHON is not set: point it at a python that imports Manim CE v0.18.0" \
    "(see docs/benchmarks.md); nothing measured."
  exit 0
fi
build="${MANIMCPP_BUILD:-$repo/build}"
bin="$build/manimcpp"
out="${OUT:-/tmp/vs_manimce.tsv}"
rounds=3
cases=()
while (($#)); do
  case "$1" in
    -r) rounds="$2"; shift 2 ;;
    -h|--help) sed -n '2,17p' "$0"; exit 0 ;;
    surface|build|user|redraw) cases+=("$1"); shift ;;
    *) echo "run.sh: unknown case '$1' (surface, build, user, redraw)" >&2; exit 2 ;;
  esac
done
((${#cases[@]})) || cases=(surface build user redraw)
[[ -x "$bin" ]] || { echo "run.sh: no manimcpp at $bin (set MANIMCPP_BUILD)" >&2; exit 2; }
"$MANIMCE_PYTHON" -c "import manim, sys; sys.exit(manim.__version__ != '0.18.0')" >/dev/null 2>&1 ||
  { echo "run.sh: $MANIMCE_PYTHON does not import Manim CE v0.18.0" >&2; exit 2; }

work="$(mktemp -d "${TMPDIR:-/tmp}/vs_manimce.XXXXXX")"
trap 'rm -rf "$work"' EXIT
: >"$out"
record() { printf '%s\t%s\t%s\t%s\t%s\n' "$@" >>"$out"; }
load() { cut -d' ' -f1 /proc/loadavg; }

# Runs a command, records wall and cpu seconds and the 1-minute load before it.
timed_run() {  # case engine round dir -- command...
  local case=$1 engine=$2 round=$3 dir=$4
  shift 5
  local l
  l=$(load)
  if ! (cd "$dir" && /usr/bin/time -f "%e %U %S" -o "$work/time" "$@" >"$work/log" 2>&1); then
    echo "run.sh: $case/$engine failed; the end of its log:" >&2
    tail -5 "$work/log" >&2
    return 1
  fi
  read -r wall user sys < <(tail -1 "$work/time")
  record "$case" "$engine" "$round" wall "$wall"
  record "$case" "$engine" "$round" cpu "$(awk -v u="$user" -v s="$sys" 'BEGIN{print u+s}')"
  record "$case" "$engine" "$round" load "$l"
  echo "$case $engine round $round: wall ${wall}s cpu $(awk -v u="$user" -v s="$sys" 'BEGIN{print u+s}')s load $l" >&2
}

# /usr/bin/time runs programs, not shell functions: each engine's commands are arrays
ours_render=("$bin" --progress_bar none)
ce_render=("$MANIMCE_PYTHON" -m manim --progress_bar none)
ours_python=(env "PYTHONPATH=$repo/python:$build${PYTHONPATH:+:$PYTHONPATH}" /usr/bin/python3)
ce_python=("$MANIMCE_PYTHON")

for ((r = 1; r <= rounds; r++)); do
  for case in "${cases[@]}"; do
    for engine in ours ce; do
      dir="$work/$case-$engine-$r"
      mkdir -p "$dir"
      # each run starts with empty caches of its own (ours: MathJax SVGs; Manim CE's sit in media/)
      if [[ $engine == ours ]]; then
        render=(env "MANIMCPP_CACHE_DIR=$dir/cache" "${ours_render[@]}")
        py=(env "MANIMCPP_CACHE_DIR=$dir/cache" "${ours_python[@]}")
      else render=("${ce_render[@]}") py=("${ce_python[@]}"); fi
      case $case in
        surface)
          timed_run surface "$engine" "$r" "$dir" -- "${render[@]}" -qh --disable_caching \
            --media_dir "$dir/media" "$repo/bench/three_d_surface_bench.py" RotatingSurface
          ;;
        build)
          timed_run build "$engine" "$r" "$dir" -- "${py[@]}" "$repo/bench/vs_manimce/build_times.py" \
            "${BUILD_REPEATS:-3}"
          while read -r name wall cpu first; do
            record "build:$name" "$engine" "$r" wall "$wall"
            record "build:$name" "$engine" "$r" cpu "$cpu"
            record "build:$name" "$engine" "$r" first_wall "$first"
          done < <(grep -E '^[a-z_0-9]+ [0-9.]+ [0-9.]+ [0-9.]+$' "$work/log")
          ;;
        user)
          scene="$repo/tests/python/user_scenes/astrai_gqa_transformer.py"
          # cold: empty media folder (no partial movies, no typeset cache); warm: the same again
          timed_run user-cold "$engine" "$r" "$dir" -- "${render[@]}" -ql --media_dir "$dir/media" \
            "$scene" Transformer
          timed_run user-warm "$engine" "$r" "$dir" -- "${render[@]}" -ql --media_dir "$dir/media" \
            "$scene" Transformer
          ;;
        redraw)
          timed_run redraw "$engine" "$r" "$dir" -- env REDRAW_STAMPS="$dir/stamps.txt" \
            "${render[@]}" -ql --disable_caching --media_dir "$dir/media" \
            "$repo/bench/vs_manimce/always_redraw.py" AlwaysRedraw50
          # mean frame interval (ms) of the first and the last tenth of the frames
          read -r early late < <(/usr/bin/python3 - "$dir/stamps.txt" <<'EOF'
import sys
s = [float(x) for x in open(sys.argv[1]).read().split()]
n = max(2, len(s) // 10)
print(*(f"{1000 * (p[-1] - p[0]) / (len(p) - 1):.3f}" for p in (s[1:n + 1], s[-n:])))
EOF
          )
          record redraw "$engine" "$r" early_ms_per_frame "$early"
          record redraw "$engine" "$r" late_ms_per_frame "$late"
          ;;
      esac
      rm -rf "$dir"
    done
  done
done

/usr/bin/python3 - "$out" <<'EOF'
import collections, statistics, sys
rows = collections.defaultdict(list)
for line in open(sys.argv[1]):
    case, engine, _, metric, value = line.rstrip("\n").split("\t")
    rows[(case, metric, engine)].append(float(value))
print("| case | metric | manim.cpp (median) | Manim CE (median) | CE / ours | runs |")
print("|---|---|---|---|---|---|")
for case, metric in dict.fromkeys((c, m) for c, m, _ in rows):
    ours, ce = rows.get((case, metric, "ours"), []), rows.get((case, metric, "ce"), [])
    mo = statistics.median(ours) if ours else float("nan")
    mc = statistics.median(ce) if ce else float("nan")
    ratio = f"{mc / mo:.1f}x" if metric not in ("load",) and mo > 0 else "-"
    print(f"| {case} | {metric} | {mo:.3f} | {mc:.3f} | {ratio} | {len(ours)}/{len(ce)} |")
EOF
