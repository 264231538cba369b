#!/usr/bin/env bash
# What x264's settings cost in memory, time, size and quality at 1080p60, on Manim content.
# Takes SECONDS of a movie (default: 10 s from 30 s into it), stores them losslessly, then
# encodes them with each candidate setting (libx264, preset medium, crf 23, yuv420p: Manim's
# settings, plus the change named in the row) and prints one Markdown row per setting: peak RSS
# of the ffmpeg process, wall and CPU seconds, file size, PSNR and SSIM against the source.
# The "decode only" row is ffmpeg reading the source with no encoder: subtract it to get the
# encoder's own memory.
#
#   bench/x264_memory.sh MOVIE [START SECONDS]
set -euo pipefail
movie="${1:?usage: x264_memory.sh MOVIE [START SECONDS]}"
start="${2:-30}" seconds="${3:-10}"
command -v ffmpeg >/dev/null || { echo "x264_memory.sh: ffmpeg not found" >&2; exit 1; }
tmp="$(mktemp -d "${TMPDIR:-/tmp}/x264_memory.XXXXXX")"
trap 'rm -rf "$tmp"' EXIT
ffmpeg -v error -ss "$start" -t "$seconds" -i "$movie" -c:v libx264 -preset ultrafast -qp 0 \
  -pix_fmt yuv420p "$tmp/src.mkv"
frames="$(ffprobe -v error -count_frames -select_streams v:0 -show_entries \
  stream=nb_read_frames,width,height,r_frame_rate -of csv=p=0 "$tmp/src.mkv")"
echo "source: $movie from ${start} s, ${seconds} s: width,height,rate,frames = $frames"
echo
echo "| x264 settings (preset medium, crf 23 +) | peak RSS MB | wall s | CPU s | size kB | PSNR dB | SSIM |"
echo "|---|---|---|---|---|---|---|"
run() {  # run LABEL [ffmpeg output options...]
  local label="$1"; shift
  /usr/bin/time -f "%M %e %U %S" -o "$tmp/time" ffmpeg -v error -y -i "$tmp/src.mkv" \
    -c:v libx264 -preset medium -crf 23 -pix_fmt yuv420p "$@" "$tmp/out.mp4"
  read -r kb wall user sys <"$tmp/time"
  local size q psnr ssim
  size=$(($(stat -c %s "$tmp/out.mp4") / 1024))
  q="$(ffmpeg -v info -i "$tmp/out.mp4" -i "$tmp/src.mkv" -lavfi "[0:v][1:v]ssim;[0:v][1:v]psnr" \
    -f null - 2>&1)"
  ssim="$(grep -o 'All:[0-9.]*' <<<"$q" | head -1 | cut -d: -f2)"
  psnr="$(grep -o 'average:[0-9.inf]*' <<<"$q" | head -1 | cut -d: -f2)"
  printf "| %s | %d | %s | %.1f | %d | %s | %s |\n" "$label" $((kb / 1024)) "$wall" \
    "$(echo "$user + $sys" | bc)" "$size" "$psnr" "$ssim"
}
/usr/bin/time -f "%M" -o "$tmp/time" ffmpeg -v error -i "$tmp/src.mkv" -pix_fmt yuv420p -f null -
echo "| decode only, no encoder | $(($(cat "$tmp/time") / 1024)) | | | | | |"
run "Manim's (automatic threads, rc-lookahead 40)"
run "threads 2" -threads 2
run "rc-lookahead 20" -x264-params rc-lookahead=20
run "rc-lookahead 10" -x264-params rc-lookahead=10
run "threads 2, rc-lookahead 10" -threads 2 -x264-params rc-lookahead=10
run "sliced-threads" -x264-params sliced-threads=1
run "sliced-threads, rc-lookahead 10" -x264-params sliced-threads=1:rc-lookahead=10
run "threads 1, rc-lookahead 10" -threads 1 -x264-params rc-lookahead=10
