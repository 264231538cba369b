#!/usr/bin/env bash
# Whole-render wall clock through the CLI: renders a scene file with build/manimcpp into a fresh
# media folder and reports wall time, CPU time, peak memory and the output's frame count.
#
#   bench/render_scene.sh [FILE [SCENE]] [-q l|m|h|p|k] [-n RUNS] [--format FMT] [-- EXTRA...]
#
# Defaults: examples/showcase.cpp, its only scene, -q l, 3 runs. The first run includes the
# CLI compiling the scene file; later runs show the steady state. Set MANIMCPP to use another
# binary (default: $BUILD_DIR/manimcpp, BUILD_DIR defaulting to <repo>/build).
set -euo pipefail

repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
bin="${MANIMCPP:-${BUILD_DIR:-$repo/build}/manimcpp}"
file="" scene="" quality="l" runs=3 format="mp4"
extra=()
while (($#)); do
  case "$1" in
    -q) quality="$2"; shift 2 ;;
    -q?) quality="${1#-q}"; shift ;;
    -n) runs="$2"; shift 2 ;;
    --format) format="$2"; shift 2 ;;
    --) shift; extra=("$@"); break ;;
    -h|--help) sed -n '2,10p' "$0"; exit 0 ;;
    *) if [[ -z "$file" ]]; then file="$1"; elif [[ -z "$scene" ]]; then scene="$1";
       else echo "render_scene.sh: unexpected argument '$1'" >&2; exit 2; fi; shift ;;
  esac
done
file="${file:-$repo/examples/showcase.cpp}"
[[ -x "$bin" ]] || { echo "render_scene.sh: no CLI at '$bin' (build the manimcpp target, or set MANIMCPP)" >&2; exit 1; }
[[ -f "$file" ]] || { echo "render_scene.sh: scene file '$file' not found" >&2; exit 1; }
[[ "$runs" =~ ^[1-9][0-9]*$ ]] || { echo "render_scene.sh: -n needs a positive count, got '$runs'" >&2; exit 2; }

work="$(mktemp -d "${TMPDIR:-/tmp}/render_scene.XXXXXX")"
trap 'rm -rf "$work"' EXIT
args=("$file")
[[ -n "$scene" ]] && args+=("$scene")
args+=(-q "$quality" --format "$format" --progress_bar none -v WARNING)

echo "scene file: $file ${scene:+($scene)}  quality: -q$quality  format: $format  cli: $bin"
for ((i = 1; i <= runs; i++)); do
  media="$work/media$i"
  # GNU time gives CPU seconds and peak RSS; fall back to wall clock only.
  if [[ -x /usr/bin/time ]]; then
    /usr/bin/time -f "%e %U %S %M" -o "$work/time" "$bin" "${args[@]}" --media_dir "$media" \
      "${extra[@]}" >"$work/log" 2>&1 || { cat "$work/log" >&2; exit 1; }
    read -r wall user sys rss <"$work/time"
    cpu=$(awk -v u="$user" -v s="$sys" 'BEGIN { printf "%.2f", u + s }')
    stats="wall ${wall} s  cpu ${cpu} s  peak ${rss} KiB"
  else
    t0=$(date +%s.%N)
    "$bin" "${args[@]}" --media_dir "$media" "${extra[@]}" >"$work/log" 2>&1 ||
      { cat "$work/log" >&2; exit 1; }
    wall=$(awk -v a="$t0" -v b="$(date +%s.%N)" 'BEGIN { printf "%.2f", b - a }')
    stats="wall ${wall} s"
  fi
  out="$(find "$media" -type f -name "*.$format" ! -name '.*' ! -path '*partial*' | sort | head -1)"
  frames="?"
  if [[ -n "$out" && "$format" != png ]] && command -v ffprobe >/dev/null; then
    frames=$(ffprobe -v error -count_packets -select_streams v:0 \
      -show_entries stream=nb_read_packets -of csv=p=0 "$out" || echo "?")
  elif [[ "$format" == png ]]; then
    frames=$(find "$media" -type f -name '*.png' | wc -l)
  fi
  label=$([[ $i == 1 ]] && echo "run $i (cold)" || echo "run $i")
  echo "$label: $stats  frames $frames"
done
