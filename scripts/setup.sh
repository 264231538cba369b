#!/usr/bin/env bash
# Installs every system dependency manim.cpp needs on Debian 12 (run as root).
# Idempotent: apt-get skips what is installed; npm ci reinstalls only when the lock changes.
set -euo pipefail
cd "$(dirname "$0")/.."

PKGS=(
  build-essential cmake pkg-config ninja-build git
  libcairo2-dev libpango1.0-dev libfontconfig-dev libharfbuzz-dev
  libavcodec-dev libavformat-dev libavutil-dev libswscale-dev libswresample-dev ffmpeg
  libeigen3-dev libcli11-dev libfmt-dev libpugixml-dev libboost-dev libxxhash-dev libpolyclipping-dev
  libpng-dev libjpeg-dev
  libgtest-dev libgmock-dev libbenchmark-dev
  pybind11-dev python3-dev python3-numpy python3-scipy python3-pygments
  python3-ipython python3-nbclient python3-ipykernel python3-nbformat python3-pil python3-pytest
  python3-networkx
  nodejs
  fonts-dejavu-core fonts-dejavu-extra fonts-liberation2 fonts-noto-core fonts-urw-base35
  clang-format
)

missing=()
for p in "${PKGS[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
  SUDO=""
  [ "$(id -u)" -eq 0 ] || SUDO="sudo"
  echo "setup: installing ${missing[*]}"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi
# npm is bundled with NodeSource's nodejs; Debian's nodejs needs the npm package.
command -v npm >/dev/null 2>&1 || { DEBIAN_FRONTEND=noninteractive apt-get install -y -qq npm; }

if [ -f package-lock.json ]; then
  stamp=node_modules/.lock-hash
  want=$(sha256sum package-lock.json | cut -d' ' -f1)
  if [ ! -f "$stamp" ] || [ "$(cat "$stamp")" != "$want" ]; then
    npm ci --no-audit --no-fund --loglevel=error
    echo "$want" > "$stamp"
  fi
fi
echo "setup: done"
