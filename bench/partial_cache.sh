#!/usr/bin/env bash
# The editing loop with the partial-movie cache (docs/caching.md), in one run per scene and
# quality: cold (--flush_cache), warm (nothing changed), one play edited (a run_time changed in
# a copy of the scene file), and an uncached render of the edited file (--disable_caching),
# whose movie must be byte-identical to the cached one, and whose decoded frames (ffmpeg
# framemd5) must equal the cached movie's. Prints a Markdown table of wall and CPU (user + sys)
# seconds, peak RSS of each render and the warm/cold and edit/cold ratios (of wall time, and of CPU time, which
# is the figure to trust on a shared, loaded machine).
#
#   bench/partial_cache.sh [-q l|h] [TAG...]     TAG: Transformer, TransformerTutorial
set -euo pipefail
repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
bin="${MANIMCPP:-$repo/build/manimcpp}"
quality=l
tags=()
while (($#)); do
  case "$1" in
    -q) quality="$2"; shift 2 ;;
    -q?) quality="${1#-q}"; shift ;;
    *) tags+=("$1"); shift ;;
  esac
done
((${#tags[@]})) || tags=(Transformer TransformerTutorial)

# tag -> file stem, scene class, the edit (a sed expression changing one play)
declare -A stem=([Transformer]=astrai_gqa_transformer [TransformerTutorial]=nb_transformer_tutorial)
declare -A edit=(
  [Transformer]='s/play(Create(trunk), {.run_time = 0.15});/play(Create(trunk), {.run_time = 0.25});/'
  [TransformerTutorial]='s/play(Write(subtitle));/play(Write(subtitle), {.run_time = 1.5});/')

work="$(mktemp -d "${TMPDIR:-/tmp}/partial_cache_bench.XXXXXX")"
trap 'rm -rf "$work"' EXIT
echo "| scene | -q | cold s (cpu) | warm s (cpu) | edited s (cpu) | uncached s | warm/cold wall (cpu) | edited/cold wall (cpu) | peak RSS MB: cold (warm, edited, uncached) | same movie, same frames |"
echo "|---|---|---|---|---|---|---|---|---|---|"
for tag in "${tags[@]}"; do
  src="$work/${stem[$tag]}.cpp"
  cp "$repo/examples/user_scenes/${stem[$tag]}.cpp" "$src"
  compile() {  # compile into the scene cache (not timed): a dry run renders nothing
    "$bin" "$src" "$tag" -ql --dry_run --progress_bar none -v ERROR >/dev/null 2>&1 || true
  }
  compile
  media="$work/media-$tag"
  timed() {  # timed NAME ARGS...: wall seconds, CPU seconds and peak RSS
    local name="$1"; shift
    /usr/bin/time -f "%e %U %S %M" -o "$work/$name.time" "$bin" "$@" "$tag" -q "$quality" \
      --progress_bar none -v WARNING --media_dir "$media" >"$work/$name.log" 2>&1 ||
      { echo "render failed: $name" >&2; cat "$work/$name.log" >&2; exit 1; }
    tail -1 "$work/$name.time" | awk '{ printf "%s %.2f %s\n", $1, $2 + $3, $4 }'
  }
  cls="$tag"
  read -r cold cold_cpu rss < <(timed cold "$src" --flush_cache)
  read -r warm warm_cpu rss_warm < <(timed warm "$src")
  sed -i "${edit[$tag]}" "$src"
  cmp -s "$src" "$repo/examples/user_scenes/${stem[$tag]}.cpp" &&
    { echo "the edit of $tag matched nothing" >&2; exit 1; }
  compile  # the edited file (not timed)
  read -r edited edited_cpu rss_edited < <(timed edited "$src")
  movie="$(find "$media" -name "$cls.mp4" | head -1)"
  cp "$movie" "$work/cached.mp4"
  read -r uncached _ rss_uncached < <(timed uncached "$src" --disable_caching)
  same=no frames=no
  cmp -s "$movie" "$work/cached.mp4" && same=yes
  framemd5() { ffmpeg -v error -i "$1" -f framemd5 - | grep -v '^#'; }
  [[ "$(framemd5 "$movie")" == "$(framemd5 "$work/cached.mp4")" ]] && frames=yes
  nframes="$(framemd5 "$movie" | wc -l)"
  ratio() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.0f%%", 100 * a / b }'; }
  echo "| $tag | $quality | $cold ($cold_cpu) | $warm ($warm_cpu) | $edited ($edited_cpu) | $uncached | $(ratio "$warm" "$cold") ($(ratio "$warm_cpu" "$cold_cpu")) | $(ratio "$edited" "$cold") ($(ratio "$edited_cpu" "$cold_cpu")) | $((rss / 1024)) ($((rss_warm / 1024)), $((rss_edited / 1024)), $((rss_uncached / 1024))) | $same, $frames ($nframes frames) |"
done
