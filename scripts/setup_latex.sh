#!/usr/bin/env bash
# Installs the TeX pieces Manim's LaTeX route needs on Debian 12 (run as root; about 100 MB):
# latex (texlive-latex-base), standalone.cls and preview.sty (texlive-latex-extra), the
# Type 1 fonts dvisvgm embeds (texlive-fonts-recommended) and dvisvgm. Then
# `config.tex_compiler = "latex"` (or `manimcpp --tex_compiler latex`) typesets as Manim.
set -euo pipefail
PKGS=(texlive-latex-base texlive-latex-extra texlive-fonts-recommended dvisvgm)
missing=()
for p in "${PKGS[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
  SUDO=""
  [ "$(id -u)" -eq 0 ] || SUDO="sudo"
  echo "setup-latex: installing ${missing[*]}"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi
latex --version | head -1
dvisvgm --version
