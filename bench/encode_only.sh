#!/usr/bin/env bash
# A cold render against encoding its frames alone, in one run: x264 with the same settings
# (preset medium, crf 23, yuv420p) is the floor for the same output.
#   cold          manimcpp, empty partial-movie cache (--flush_cache)
#   encode, one   ffmpeg re-encodes the movie's decoded frames as one stream
#   encode, segs  ffmpeg re-encodes each partial movie on its own, in order (what a render
#                 does: one x264 run per play, as Manim)
#   decode        ffmpeg only decodes the movie (subtract it from the two encode rows to get the
#                 encoder alone)
#   encode BGRA   ffmpeg encodes the movie's frames given as raw BGRA (what the render's
#                 rasteriser hands its encoder), so it pays the same BGRA -> yuv420p conversion
#                 (swscale bicubic, as the render): the figure the issue's "encode its frames
#                 alone" means. The frames are decoded to a raw file outside the timing; when
#                 that file would pass RAW_MAX_GB (default 12) they come through a pipe from a
#                 decoding ffmpeg instead and only the encoding ffmpeg is timed ("pipe").
#   in-process    build/bench/encode_segments_bench: each partial movie decoded to BGRA, then
#                 encoded by the render's own encoder (same OutputSpec, x264 options,
#                 conversion and one encoder per segment, in one process); only the encoding is
#                 timed: the floor for the render's segmented output without process start-ups.
#                 With PNG_CHECK=1 it encodes the render's own frames instead (the same scene
#                 rendered with --format png, outside the timing) and the script checks that
#                 every segment it writes decodes to the render's frames (framemd5)
# Wall and CPU (user + sys) seconds; on a loaded machine trust the CPU column. The ffmpeg rows
# use the x264 options the render uses: config.x264_params given with -x (default '': the
# engine's default, read from src/render/x264_options.hpp; 'manim': Manim's exact settings).
#
#   bench/encode_only.sh [-q l|h] [-x X264_PARAMS] FILE SCENE [FILE SCENE ...]
set -euo pipefail
repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
bin="${MANIMCPP:-$repo/build/manimcpp}"
segbench="${ENCODE_SEGMENTS:-$repo/build/bench/encode_segments_bench}"
quality=l params=""
while [[ "${1:-}" == -[qx] ]]; do
  case "$1" in
    -q) quality="$2" ;;
    -x) params="$2" ;;
  esac
  shift 2
done
(($# >= 2)) || { sed -n '2,24p' "$0"; exit 2; }
work="$(mktemp -d "${TMPDIR:-/tmp}/encode_only.XXXXXX")"
trap 'rm -rf "$work"' EXIT
timed() {  # prints "wall cpu" of a command
  /usr/bin/time -f "%e %U %S" -o "$work/t" "$@" >"$work/log" 2>&1 ||
    { cat "$work/log" >&2; exit 1; }
  awk '{ printf "%s %.2f\n", $1, $2 + $3 }' "$work/t"
}
case "$params" in
  "") ffparams="$(sed -n 's/.*kDefaultX264Params = "\(.*\)";/\1/p' "$repo/src/render/x264_options.hpp")" ;;
  manim) ffparams="" ;;
  *) ffparams="$params" ;;
esac
printf '[CLI]\nx264_params = %s\n' "$params" >"$work/x.cfg"
x264=(-c:v libx264 -preset medium -crf 23 -pix_fmt yuv420p)
[[ -n "$ffparams" ]] && x264+=(-x264-params "$ffparams")
echo "x264: preset medium, crf 23, x264-params '${ffparams}'; $(git -C "$repo" rev-parse --short HEAD 2>/dev/null); load $(cut -d' ' -f1-3 /proc/loadavg)"
echo "| scene | -q | frames | cold s (cpu) | encode BGRA s (cpu) | encode, one stream s (cpu) | encode, per segment s (cpu) | encode, per segment, in-process s (cpu) | decode s (cpu) | cold / encode BGRA wall (cpu) | cold / in-process wall (cpu) | cold / encode-per-segment wall (cpu) | cold / encode-one wall (cpu) |"
echo "|---|---|---|---|---|---|---|---|---|---|---|---|---|"
while (($# >= 2)); do
  file="$1" scene="$2"; shift 2
  media="$work/media"
  rm -rf "$media"
  # Compile outside the timing; the second dry run must find the library cached.
  for _ in 1 2; do
    "$bin" "$file" "$scene" -ql --dry_run --progress_bar none -v DEBUG >"$work/compile" 2>&1 || true
  done
  grep -q "compile: cached" "$work/compile" || { echo "$file: not compiled" >&2; cat "$work/compile" >&2; exit 1; }
  read -r cw cc < <(timed "$bin" "$file" "$scene" -q "$quality" -c "$work/x.cfg" --flush_cache \
    --progress_bar none -v WARNING --media_dir "$media")
  # A warm render (every play cached) writes the list of the movie's segments.
  "$bin" "$file" "$scene" -q "$quality" -c "$work/x.cfg" --progress_bar none -v WARNING \
    --media_dir "$media" >/dev/null
  movie="$(find "$media" -name "$scene.mp4" | head -1)"
  list="$(find "$media" -name partial_movie_file_list.txt | head -1)"
  frames="$(ffprobe -v error -count_packets -select_streams v:0 -show_entries stream=nb_read_packets \
    -of csv=p=0 "$movie")"
  read -r ow oc < <(timed ffmpeg -v error -y -i "$movie" "${x264[@]}" "$work/one.mp4")
  read -r size rate < <(ffprobe -v error -select_streams v:0 -show_entries \
    stream=width,height,r_frame_rate -of csv=p=0:s=x "$movie" | awk -Fx '{ print $1 "x" $2, $3 }')
  raw_in=(-f rawvideo -pix_fmt bgra -s "$size" -r "$rate" -i)
  raw_bytes=$(awk -v s="$size" -v n="$frames" 'BEGIN { split(s, d, "x"); printf "%.0f", d[1] * d[2] * 4 * n }')
  if ((raw_bytes <= ${RAW_MAX_GB:-12} * 1024 * 1024 * 1024)); then
    ffmpeg -v error -y -i "$movie" -f rawvideo -pix_fmt bgra "$work/frames.bgra"
    read -r bw bc < <(timed ffmpeg -v error -y "${raw_in[@]}" "$work/frames.bgra" "${x264[@]}" "$work/bgra.mp4")
    rm -f "$work/frames.bgra"
  else
    ffmpeg -v error -i "$movie" -f rawvideo -pix_fmt bgra - |
      /usr/bin/time -f "%e %U %S" -o "$work/t" ffmpeg -v error -y "${raw_in[@]}" - "${x264[@]}" \
        "$work/bgra.mp4" >"$work/log" 2>&1 || { cat "$work/log" >&2; exit 1; }
    read -r bw bc < <(awk '{ printf "%s %.2f\n", $1, $2 + $3 }' "$work/t")
    bw="$bw (pipe)"
  fi
  sed -n "s/^file 'file:\(.*\)'$/\1/p" "$list" >"$work/segments"
  segs() { while read -r s; do ffmpeg -nostdin -v error -y -i "$s" "${x264[@]}" "$work/seg.mp4"; done <"$work/segments"; }
  read -r sw sc < <(timed bash -c "$(declare -f segs); work='$work'; x264=(${x264[*]@Q}); segs")
  png=()
  if [[ "${PNG_CHECK:-}" == 1 ]]; then
    "$bin" "$file" "$scene" -q "$quality" -c "$work/x.cfg" --format png --progress_bar none \
      -v WARNING --media_dir "$work/png" >/dev/null
    first="$(find "$work/png" -name "${scene}0000.png" | head -1)"
    png=("${first%0000.png}")
  fi
  read -r pw pc pf _ < <("$segbench" "$list" "$work/segs_out" "$params" "${png[@]}")
  if ((${#png[@]})); then
    fmd5() { ffmpeg -nostdin -v error -i "$1" -f framemd5 - | grep -v '^#' | awk -F, '{ print $NF }'; }
    n=0 same=0
    while read -r s; do
      n=$((n + 1))
      [[ "$(fmd5 "$s")" == "$(fmd5 "$work/segs_out/$(basename "$s")")" ]] && same=$((same + 1))
    done <"$work/segments"
    echo "$scene: in-process segments decoding to the render's frames: $same of $n" >&2
    rm -rf "$work/png"
  fi
  ((pf == frames)) || { echo "$scene: in-process encode wrote $pf frames, the movie has $frames" >&2; exit 1; }
  rm -rf "$work/segs_out"
  read -r dw dc < <(timed ffmpeg -v error -i "$movie" -f null -)
  r() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2fx", a / b }'; }
  echo "| $scene | $quality | $frames | $cw ($cc) | $bw ($bc) | $ow ($oc) | $sw ($sc) | $pw ($pc) | $dw ($dc) | $(r "$cw" "${bw% (pipe)}") ($(r "$cc" "$bc")) | $(r "$cw" "$pw") ($(r "$cc" "$pc")) | $(r "$cw" "$sw") ($(r "$cc" "$sc")) | $(r "$cw" "$ow") ($(r "$cc" "$oc")) |"
done
