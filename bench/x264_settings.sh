#!/usr/bin/env bash
# What libx264's settings cost at 1080p60 on Manim content: peak memory, CPU and wall time, and
# file size at equal quality, against Manim's settings (preset medium, crf 23, yuv420p,
# automatic threads).
#
#   bench/x264_settings.sh SOURCE [START SECONDS] [SETTING...]
#
# SOURCE is a movie of the content (best: lossless, e.g. a render with config x264_params
# 'qp=0'); START/SECONDS choose the clip (default 0 and 10 s), stored losslessly first. Each
# SETTING is an x264-params string (default: the list below); the first row is always Manim's.
#
# Method. Every setting encodes the clip at CRF 19, 23 and 27 with ffmpeg (-x264-params SETTING
# over -preset medium -crf N). Size at equal quality is the Bjontegaard delta rate against
# Manim's settings: log(bitrate) interpolated linearly in PSNR (of all planes, against the clip)
# between the three points of each setting, averaged over the PSNR range both cover. Negative
# means smaller files at the same PSNR. The CRF 23 row also gives size, PSNR, SSIM, CPU and wall
# seconds, and peak RSS of ffmpeg; "x264 MB" subtracts ffmpeg alone (reading the clip and
# converting to yuv420p without an encoder), so it is the encoder's own memory. "CRF for
# Manim's PSNR" is the CRF (interpolated linearly in PSNR between the three points) at which the
# setting reaches the PSNR of Manim's settings at CRF 23, with the file size there against
# Manim's CRF 23 file: the price of the setting at Manim's quality.
set -euo pipefail
src="${1:?usage: x264_settings.sh SOURCE [START SECONDS] [SETTING...]}"
start="${2:-0}" seconds="${3:-10}"
shift $(($# >= 3 ? 3 : $#))
settings=("")
for s in "$@"; do [[ -n "$s" ]] && settings+=("$s"); done  # Manim's row is always the first
if (($# == 0)); then
  settings=("" "threads=1" "threads=2" "lookahead-threads=2" "sync-lookahead=0" "bframes=0"
    "rc-lookahead=20" "rc-lookahead=10" "sliced-threads=1" "sliced-threads=1:rc-lookahead=10"
    "threads=1:rc-lookahead=20" "threads=1:rc-lookahead=10" "threads=1:rc-lookahead=5")
fi
command -v ffmpeg >/dev/null || { echo "x264_settings.sh: ffmpeg not found" >&2; exit 1; }
tmp="$(mktemp -d "${TMPDIR:-/tmp}/x264_settings.XXXXXX")"
trap 'rm -rf "$tmp"' EXIT
ffmpeg -v error -ss "$start" -t "$seconds" -i "$src" -c:v libx264 -preset ultrafast -qp 0 \
  -pix_fmt yuv420p "$tmp/clip.mkv"
info="$(ffprobe -v error -count_frames -select_streams v:0 -show_entries \
  stream=width,height,r_frame_rate,nb_read_frames -of csv=p=0 "$tmp/clip.mkv")"
echo "clip: $src from ${start} s, ${seconds} s (width,height,rate,frames = $info); load $(cut -d' ' -f1-3 /proc/loadavg)"
# The decoder runs single-threaded so that ffmpeg's own memory is small and steady.
/usr/bin/time -f "%M" -o "$tmp/t" ffmpeg -v error -threads 1 -i "$tmp/clip.mkv" -pix_fmt yuv420p \
  -f null -
base_kb="$(cat "$tmp/t")"
echo "ffmpeg without an encoder: $((base_kb / 1024)) MB peak RSS"
echo
encode() {  # encode SETTING CRF -> "rss_kb wall cpu bytes psnr ssim"
  local setting="$1" crf="$2" params=()
  [[ -n "$setting" ]] && params=(-x264-params "$setting")
  /usr/bin/time -f "%M %e %U %S" -o "$tmp/t" ffmpeg -v error -y -threads 1 -i "$tmp/clip.mkv" \
    -c:v libx264 -preset medium -crf "$crf" -pix_fmt yuv420p "${params[@]}" "$tmp/out.mp4"
  local rss wall user sys q psnr ssim
  read -r rss wall user sys <"$tmp/t"
  q="$(ffmpeg -v info -i "$tmp/out.mp4" -i "$tmp/clip.mkv" \
    -lavfi "[0:v][1:v]ssim;[0:v][1:v]psnr" -f null - 2>&1)"
  ssim="$(grep -o 'All:[0-9.]*' <<<"$q" | head -1 | cut -d: -f2)"
  psnr="$(grep -o 'average:[0-9.inf]*' <<<"$q" | head -1 | cut -d: -f2)"
  echo "$rss $wall $(echo "$user + $sys" | bc) $(stat -c %s "$tmp/out.mp4") $psnr $ssim"
}
echo "| x264-params over Manim's | peak RSS MB | x264 MB | CPU s | wall s | size kB (crf 23) | PSNR dB | SSIM | size at equal PSNR | CRF for Manim's PSNR (size) |"
echo "|---|---|---|---|---|---|---|---|---|---|"
ref=""
for s in "${settings[@]}"; do
  points=""
  for crf in 19 23 27; do
    read -r rss wall cpu bytes psnr ssim < <(encode "$s" "$crf")
    points+="$bytes:$psnr:$crf "
    [[ $crf == 23 ]] && row=("$rss" "$wall" "$cpu" "$bytes" "$psnr" "$ssim")
  done
  [[ -z "$ref" ]] && ref="$points"
  read -r bd match < <(python3 - "$ref" "$points" <<'EOF'
import math, sys
def parse(text):  # [(bytes, psnr, crf)]
    return [tuple(map(float, p.split(":"))) for p in text.split()]
def curve(pts):  # [(psnr, log rate)] sorted by psnr
    return sorted((q, math.log(b)) for b, q, _ in pts)
def at(c, q):  # log rate at psnr q, linear between points
    for (q0, r0), (q1, r1) in zip(c, c[1:]):
        if q0 <= q <= q1:
            return r0 + (r1 - r0) * (q - q0) / (q1 - q0)
    raise ValueError
ref, cur = parse(sys.argv[1]), parse(sys.argv[2])
a, b = curve(ref), curve(cur)
lo, hi = max(a[0][0], b[0][0]), min(a[-1][0], b[-1][0])
if hi <= lo:
    bd = "no-overlap"
else:
    n = 200
    d = sum(at(b, lo + (hi - lo) * (i + 0.5) / n) - at(a, lo + (hi - lo) * (i + 0.5) / n)
            for i in range(n)) / n
    bd = f"{100 * (math.exp(d) - 1):+.1f}%"
# The CRF at which this setting reaches the reference's CRF-23 PSNR, and its size there.
target = next(q for _, q, c in ref if c == 23)
ref_bytes = next(b0 for b0, _, c in ref if c == 23)
pts = sorted(cur, key=lambda p: p[2])
match = "outside-19..27"
for (b0, q0, c0), (b1, q1, c1) in zip(pts, pts[1:]):
    if min(q0, q1) <= target <= max(q0, q1) and q0 != q1:
        t = (target - q0) / (q1 - q0)
        size = math.exp(math.log(b0) + t * (math.log(b1) - math.log(b0)))
        match = f"{c0 + t * (c1 - c0):.1f}({100 * (size / ref_bytes - 1):+.0f}%)"
        break
print(bd, match)
EOF
)
  label="$s"
  [[ -z "$label" ]] && label="(none: Manim's settings)"
  printf "| %s | %d | %d | %.1f | %s | %d | %.2f | %.5f | %s | %s |\n" "$label" \
    $((row[0] / 1024)) $(((row[0] - base_kb) / 1024)) "${row[2]}" "${row[1]}" \
    $((row[3] / 1024)) "${row[4]}" "${row[5]}" "$bd" "$match"
done
echo
echo "load at the end: $(cut -d' ' -f1-3 /proc/loadavg)"
