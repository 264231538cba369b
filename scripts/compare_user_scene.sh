#!/usr/bin/env bash
# Renders one user scene at -ql as PNGs and prints the SSIM of every kept reference frame
# (ffmpeg's ssim filter, the metric the tests use). Dev tool for porting and tuning.
# usage: scripts/compare_user_scene.sh FILE(.py|.cpp) CLASS TAG [extra manimcpp flags]
set -euo pipefail
file=$1 cls=$2 tag=$3; shift 3
root=$(cd "$(dirname "$0")/.." && pwd)
ref=${REF_DIR:-$root/../shared/reference/user_scenes}/$tag/frames
out=$(mktemp -d /tmp/cmp.XXXXXX)
"$root/build/manimcpp" "$file" "$cls" -ql --format png --manim_kerning --progress_bar none \
  --media_dir "$out" "$@" >"$out/log" 2>&1 || { tail -5 "$out/log"; }
dir=$(dirname "$(find "$out/images" -name '*.png' | head -1)")
n=$(find "$out/images" -name '*.png' | wc -l)
echo "$tag: $n frames rendered (reference $(python3 -c "import json;print(json.load(open('$ref/../meta.json'))['frame_count'])"))"
for r in "$ref"/*.png; do
  k=$(basename "$r" .png); k=${k##*_f}
  ours=$(printf "%s/%s%04d.png" "$dir" "$cls" "$((10#$k))")
  if [[ -f $ours ]]; then
    s=$(ffmpeg -nostdin -loglevel error -i "$ours" -i "$r" -lavfi "[0:v]format=rgb24[a];[1:v]format=rgb24[b];[a][b]ssim=stats_file=-" -f null - 2>/dev/null | awk '{for(i=1;i<=NF;i++) if($i ~ /^All:/){split($i,a,":");print a[2]}}')
    echo "  f$k $s  $ours"
  else
    echo "  f$k MISSING"
  fi
done
