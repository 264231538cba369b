#!/usr/bin/env bash
# Peak memory and time of one render per x264 setting, in one run: the VmHWM of the render (the
# forked child that renders a C++ scene; GNU time's %M is the largest of the process and its
# waited children, and the parent `manimcpp` stays near 30 MB), wall and CPU seconds (user +
# sys, children included), and the movie's size. Uncached (--disable_caching), so every play is
# rasterised and encoded.
#
#   bench/render_memory.sh [-q l|h] [-n A,B] [-c | -w] FILE SCENE [X264_PARAMS...]
#
# -c renders with the partial-movie cache on (the default of manimcpp) from an empty cache
# (--flush_cache), so plays are held for their keys as in a user's first render.
# -w does that (row "cold"), then renders again with nothing changed (row "warm", at -v DEBUG:
# "encoded" counts the plays it encoded, 0 when every play is taken from the cache) and
# checks that the warm movie is the same bytes as the cold one.
# Each X264_PARAMS is a config.x264_params value ('' = the default, 'manim' = Manim's exact
# settings); default: '' and 'manim'. -n renders only those animations (as manimcpp's -n).
# 'before' renders with $BEFORE (another build's manimcpp, e.g. main's before a change) with
# no config file, so the same run compares the two builds.
set -euo pipefail
repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
bin="${MANIMCPP:-$repo/build/manimcpp}"
quality=h range=() caching=(--disable_caching) warm=0
while [[ "${1:-}" == -* ]]; do
  case "$1" in
    -q) quality="$2"; shift 2 ;;
    -n) range=(-n "$2"); shift 2 ;;
    -c) caching=(--flush_cache); shift ;;
    -w) caching=(--flush_cache) warm=1; shift ;;
    *) sed -n '2,17p' "$0"; exit 2 ;;
  esac
done
(($# >= 2)) || { sed -n '2,17p' "$0"; exit 2; }
file="$1" scene="$2"; shift 2
settings=("$@")
((${#settings[@]})) || settings=("" manim)
work="$(mktemp -d "${TMPDIR:-/tmp}/render_memory.XXXXXX")"
trap 'rm -rf "$work"' EXIT
# Compile outside the timing.
"$bin" "$file" "$scene" -ql --dry_run --progress_bar none -v ERROR >/dev/null 2>&1 || true
[[ -n "${BEFORE:-}" ]] &&
  { "$BEFORE" "$file" "$scene" -ql --dry_run --progress_bar none -v ERROR >/dev/null 2>&1 || true; }
echo "$scene -q$quality ${range[*]} ${caching[*]}; $(git -C "$repo" rev-parse --short HEAD 2>/dev/null); load at start $(cut -d' ' -f1-3 /proc/loadavg)"
echo "| x264_params | render | peak RSS MB | wall s | CPU s | frames | movie kB | encoded | load (1 min) |"
echo "|---|---|---|---|---|---|---|---|---|"
# One render into $work/media: its row, the movie left in place.
render() {  # label, render, extra flags...
  local label="$1" kind="$2"
  shift 2
  /usr/bin/time -f "%M %e %U %S" -o "$work/t" "${run[@]}" "$file" "$scene" -q "$quality" \
    "${range[@]}" "$@" --progress_bar none --media_dir "$work/media" \
    >"$work/log" 2>&1 || { cat "$work/log" >&2; exit 1; }
  read -r kb wall user sys <"$work/t"
  movie="$(find "$work/media" -name "$scene.mp4" | head -1)"
  frames="$(ffprobe -v error -count_packets -select_streams v:0 -show_entries \
    stream=nb_read_packets -of csv=p=0 "$movie")"
  encoded=-
  [[ "$kind" == warm ]] &&
    encoded="$(grep -cE 'partial movies: play .*: (rendering|encoded as it came)' "$work/log" || true)"
  printf "| %s | %s | %d | %s | %.1f | %s | %d | %s | %s |\n" "$label" "$kind" $((kb / 1024)) \
    "$wall" "$(echo "$user + $sys" | bc)" "$frames" $(($(stat -c %s "$movie") / 1024)) \
    "$encoded" "$(cut -d' ' -f1 /proc/loadavg)"
}
for s in "${settings[@]}"; do
  printf '[CLI]\nx264_params = %s\n' "$s" >"$work/x.cfg"
  run=("$bin" -c "$work/x.cfg")
  [[ "$s" == before ]] && run=("${BEFORE:?before needs BEFORE=path/to/manimcpp}")
  rm -rf "$work/media"
  label="${s:-(default)}"
  kind=uncached
  ((${#caching[@]})) && [[ "${caching[0]}" == --flush_cache ]] && kind=cold
  render "$label" "$kind" "${caching[@]}" -v ERROR
  if ((warm)); then
    cp "$movie" "$work/cold.mp4"
    render "$label" warm -v DEBUG
    [[ "${DEBUG_LOG:-}" ]] && cp "$work/log" "$DEBUG_LOG"
    cmp -s "$movie" "$work/cold.mp4" && echo "warm movie = cold movie (same bytes)" ||
      { echo "warm movie DIFFERS from the cold one" >&2; exit 1; }
  fi
done
