#!/usr/bin/env bash
# Renders the README gallery: one still per user scene (examples/user_scenes), the state after
# the animation whose still holds the most (largest PNG) among ~25 sampled animation numbers,
# into docs/gallery/<Tag>.png, and prints the command that makes each still.
set -euo pipefail
repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
bin="${MANIMCPP:-$repo/build/manimcpp}"
out="$repo/docs/gallery"
mkdir -p "$out"
work="$(mktemp -d "${TMPDIR:-/tmp}/gallery.XXXXXX")"
trap 'rm -rf "$work"' EXIT
while read -r tag file cls; do
  total=$(python3 -c "import json; n=json.load(open('$repo/tests/reference/$tag/meta.json')).get('manim_played_animations'); print(n or 60)")
  step=$(( total > 25 ? total / 25 : 1 ))
  best=-1 best_size=0
  for ((k = 1; k < total; k += step)); do
    rm -rf "$work/m"
    "$bin" "examples/user_scenes/$file.cpp" "$cls" -ql -s -n "0,$k" \
      --progress_bar none -v ERROR --media_dir "$work/m" >/dev/null 2>&1 || break
    png=$(find "$work/m" -name '*.png' | head -1)
    size=$(stat -c %s "$png")
    if ((size > best_size)); then best=$k best_size=$size; cp "$png" "$out/$tag.png"; fi
  done
  echo "$tag: build/manimcpp examples/user_scenes/$file.cpp $cls -ql -s -n 0,$best"
done < <(grep -v "^#" "$repo/examples/user_scenes/scenes.txt")
