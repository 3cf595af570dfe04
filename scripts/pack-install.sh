#!/usr/bin/env bash
# The packed tarball installs into a clean prefix, and `init` + `build` work from an empty
# folder outside the repository (README, "Cài đặt" / "Install"). Called by .ci/run.
set -euo pipefail
cd "$(dirname "$0")/.."
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
tarball=$(npm pack --silent --pack-destination "$tmp" | tail -1)
npm install --global --prefix "$tmp/prefix" --no-audit --no-fund --silent "$tmp/$tarball"
mkdir "$tmp/empty"
cd "$tmp/empty"
kehoach="$tmp/prefix/bin/kehoach"
"$kehoach" --version
"$kehoach" init --unit "Na Dương"
head -1 plan.yaml | grep -q '^# yaml-language-server: \$schema=https://unpkg.com/kehoach@' || { echo "✘ init wrote no \$id schema link: $(head -1 plan.yaml)" >&2; exit 1; }
"$kehoach" build plan.yaml
[ "$(head -c 2 plan.docx)" = "PK" ] || { echo "✘ build wrote no DOCX" >&2; exit 1; }
"$kehoach" check plan.docx
echo "✔ $tarball: installed into a clean prefix; init, build and check work from an empty folder"
