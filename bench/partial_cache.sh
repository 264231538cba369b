#!/usr/bin/env bash
# The editing loop with the partial-movie cache (docs/caching.md), in one run per scene and
# quality: cold (--flush_cache), warm (nothing changed), one play edited (a run_time changed in
# a copy of the scene file), and an uncached render of the edited file (--disable_caching),
# whose movie must be byte-identical to the cached one. Prints a Markdown table of wall times,
# peak RSS and the warm/cold and edit/cold ratios.
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
  [TransformerTutorial]='0,/run_time = 0.3/s/run_time = 0.3/run_time = 0.4/')

work="$(mktemp -d "${TMPDIR:-/tmp}/partial_cache_bench.XXXXXX")"
trap 'rm -rf "$work"' EXIT
echo "| scene | -q | cold s | warm s | edited s | uncached s | warm/cold | edited/cold | peak RSS MB (cold) | same movie |"
echo "|---|---|---|---|---|---|---|---|---|---|"
for tag in "${tags[@]}"; do
  src="$work/${stem[$tag]}.cpp"
  cp "$repo/examples/user_scenes/${stem[$tag]}.cpp" "$src"
  "$bin" "$src" >/dev/null 2>&1 || true  # compile into the scene cache (not timed)
  media="$work/media-$tag"
  timed() {  # timed NAME ARGS...: wall seconds and peak RSS into $work/NAME
    local name="$1"; shift
    /usr/bin/time -f "%e %M" -o "$work/$name.time" "$bin" "$@" "$tag" -q "$quality" \
      --progress_bar none -v WARNING --media_dir "$media" >"$work/$name.log" 2>&1 ||
      { echo "render failed: $name" >&2; cat "$work/$name.log" >&2; exit 1; }
    tail -1 "$work/$name.time"
  }
  cls="$tag"
  read -r cold rss < <(timed cold "$src" --flush_cache)
  read -r warm _ < <(timed warm "$src")
  sed -i "${edit[$tag]}" "$src"
  "$bin" "$src" >/dev/null 2>&1 || true  # recompile the edited file (not timed)
  read -r edited _ < <(timed edited "$src")
  movie="$(find "$media" -name "$cls.mp4" | head -1)"
  cp "$movie" "$work/cached.mp4"
  read -r uncached _ < <(timed uncached "$src" --disable_caching)
  same=no
  cmp -s "$movie" "$work/cached.mp4" && same=yes
  ratio() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.0f%%", 100 * a / b }'; }
  echo "| $tag | $quality | $cold | $warm | $edited | $uncached | $(ratio "$warm" "$cold") | $(ratio "$edited" "$cold") | $((rss / 1024)) | $same |"
done
