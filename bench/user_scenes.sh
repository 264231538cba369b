#!/usr/bin/env bash
# Wall clock of the user scenes (examples/user_scenes, C++ ports; and with --py the unmodified
# .py scripts through the embedded Python front-end), one render at a time, MP4 output, with
# the video's duration and frame count from ffprobe. Prints a Markdown table.
#
#   bench/user_scenes.sh [-q l|h] [--py] [--cpp-only|--py-only] [SCENE_TAG...]
#
# Scene tags as in tests/reference (Scene1_Intro .. Scene9_Recap, Transformer, ...); default:
# all 16. The C++ file is compiled once before timing (the CLI's cache), so figures are warm.
# Manim CE's figures for the same scenes are in the README's Speed table.
set -euo pipefail
repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
bin="${MANIMCPP:-$repo/build/manimcpp}"
quality=l routes="cpp"
tags=()
while (($#)); do
  case "$1" in
    -q) quality="$2"; shift 2 ;;
    -q?) quality="${1#-q}"; shift ;;
    --py) routes="cpp py"; shift ;;
    --py-only) routes="py"; shift ;;
    --cpp-only) routes="cpp"; shift ;;
    -h|--help) sed -n '2,10p' "$0"; exit 0 ;;
    *) tags+=("$1"); shift ;;
  esac
done


work="$(mktemp -d "${TMPDIR:-/tmp}/user_scenes_bench.XXXXXX")"
trap 'rm -rf "$work"' EXIT
echo "| scene | -q | route | wall s | cpu s | peak RSS MB | frames | video s | exit |"
echo "|---|---|---|---|---|---|---|---|---|"
while read -r tag file cls; do
  if ((${#tags[@]})) && [[ ! " ${tags[*]} " == *" $tag "* ]]; then continue; fi
  for route in $routes; do
    if [[ $route == cpp ]]; then src="$repo/examples/user_scenes/$file.cpp"
      "$bin" "$src" >/dev/null 2>&1 || true  # compile into the cache (lists the scenes)
    else src="$repo/tests/python/user_scenes/$file.py"; fi
    media="$work/$tag-$route"
    set +e
    /usr/bin/time -f "%e %U %S %M" -o "$work/time" "$bin" "$src" "$cls" -q "$quality" \
      --progress_bar none -v WARNING --media_dir "$media" >"$work/log" 2>&1
    code=$?
    set -e
    read -r wall user sys rss < <(tail -1 "$work/time")
    cpu=$(awk -v u="$user" -v s="$sys" 'BEGIN { printf "%.1f", u + s }')
    out="$(find "$media" -name '*.mp4' | head -1)"
    frames="-" dur="-"
    if [[ -n "$out" ]]; then
      frames=$(ffprobe -v error -count_packets -select_streams v:0 -show_entries stream=nb_read_packets -of csv=p=0 "$out")
      dur=$(ffprobe -v error -show_entries format=duration -of csv=p=0 "$out")
    fi
    echo "| $tag | $quality | $route | $wall | $cpu | $((rss / 1024)) | $frames | $dur | $code |"
  done
done < <(grep -v "^#" "$repo/examples/user_scenes/scenes.txt")
