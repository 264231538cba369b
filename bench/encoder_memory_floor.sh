#!/usr/bin/env bash
# Peak memory of the x264 encoder alone at a given size, against a whole render at the same
# size: what part of a render's peak RSS is ours. Encodes SECONDS of ffmpeg's test pattern with
# the settings Manim uses (libx264, preset medium, crf 23, yuv420p) once with automatic threads
# and once with one thread, then (optionally) renders FILE [SCENE] with build/manimcpp.
#
#   bench/encoder_memory_floor.sh [-q l|h] [-t SECONDS] [FILE [SCENE]]
set -euo pipefail

repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
bin="${MANIMCPP:-${BUILD_DIR:-$repo/build}/manimcpp}"
quality=h seconds=4 file="" scene=""
while (($#)); do
  case "$1" in
    -q) quality="$2"; shift 2 ;;
    -t) seconds="$2"; shift 2 ;;
    -h|--help) sed -n '2,7p' "$0"; exit 0 ;;
    *) if [[ -z "$file" ]]; then file="$1"; else scene="$1"; fi; shift ;;
  esac
done
case "$quality" in
  l) size=854x480 rate=15 ;;
  h) size=1920x1080 rate=60 ;;
  *) echo "encoder_memory_floor.sh: -q l or -q h" >&2; exit 2 ;;
esac
command -v ffmpeg >/dev/null || { echo "encoder_memory_floor.sh: ffmpeg not found" >&2; exit 1; }
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT

peak() {  # peak RSS in MB and wall seconds of a command
  /usr/bin/time -f "%M %e" -o "$tmp/time" "$@" >/dev/null 2>&1 || true
  read -r kb secs <"$tmp/time"
  printf "%7.1f MB  %6.2f s" "$(echo "$kb / 1024" | bc -l)" "$secs"
}

enc=(ffmpeg -v error -y -f lavfi -i "testsrc=size=$size:rate=$rate" -t "$seconds"
     -pix_fmt yuv420p -c:v libx264 -preset medium -crf 23)
echo "x264 medium crf 23, $size@$rate, ${seconds}s of test pattern:"
echo "  encoder, automatic threads: $(peak "${enc[@]}" "$tmp/a.mp4")"
echo "  encoder, one thread:        $(peak "${enc[@]}" -threads 1 "$tmp/b.mp4")"
echo "  frames only, no encoder:    $(peak ffmpeg -v error -f lavfi -i "testsrc=size=$size:rate=$rate" -t "$seconds" -pix_fmt yuv420p -f null -)"
if [[ -n "$file" ]]; then
  # Compile first so that the compiler's memory is not counted.
  "$bin" -q"$quality" -s --progress_bar none --media_dir "$tmp/warm" "$file" $scene >/dev/null 2>&1 || true
  echo "manimcpp -q$quality $(basename "$file") $scene: $(peak "$bin" -q"$quality" --progress_bar none --media_dir "$tmp/media" "$file" $scene)"
fi
