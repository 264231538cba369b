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
    "$bin" "examples/user_scenes/$file.cpp" "$cls" -ql -s -n "0,$k" --manim_kerning \
      --progress_bar none -v ERROR --media_dir "$work/m" >/dev/null 2>&1 || break
    png=$(find "$work/m" -name '*.png' | head -1)
    size=$(stat -c %s "$png")
    if ((size > best_size)); then best=$k best_size=$size; cp "$png" "$out/$tag.png"; fi
  done
  echo "$tag: build/manimcpp examples/user_scenes/$file.cpp $cls -ql -s -n 0,$best --manim_kerning"
done <<'LIST'
Scene1_Intro percepta_computer_as_llm Scene1_Intro
Scene2_ToolUse percepta_computer_as_llm Scene2_ToolUse
Scene3_KeyIdea percepta_computer_as_llm Scene3_KeyIdea
Scene4_ToolVsInModel percepta_computer_as_llm Scene4_ToolVsInModel
Scene5_AppendOnlyTrace percepta_computer_as_llm Scene5_AppendOnlyTrace
Scene6_QuadraticProblem percepta_computer_as_llm Scene6_QuadraticProblem
Scene7_2DHeads percepta_computer_as_llm Scene7_2DHeads
Scene8_Results percepta_computer_as_llm Scene8_Results
Scene9_Recap percepta_computer_as_llm Scene9_Recap
Transformer astrai_gqa_transformer Transformer
AttentionMatMul nb_attention_matmul AttentionMatMul
AttentionMatMulNoLatex nb_attention_matmul_nolatex AttentionMatMulNoLatex
AttentionMatMulPureText nb_attention_matmul_puretext AttentionMatMulPureText
AttentionMatMulImproved_v1 nb_attention_matmul_improved_v1 AttentionMatMulImproved
AttentionMatMulImproved_v2 nb_attention_matmul_improved_v2 AttentionMatMulImproved
TransformerTutorial nb_transformer_tutorial TransformerTutorial
LIST
