#!/usr/bin/env bash
# Run by scripts/test.sh after `npm ci`: graphql-js answers every case again, and its answers must be the
# committed ones the C# differential tests compare with (a graphql-js upgrade or an edited case shows as a diff).
set -uo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
cd "$here"
if ! node oracle.js; then
  echo "0 passed, 1 failed"
  exit 1
fi
changes=$(git -C "$here/../.." status --porcelain -- tests/graphql-conformance/expected)
if [ -z "$changes" ]; then
  echo "graphql-js's answers equal the committed expectations."
  echo "1 passed, 0 failed"
else
  echo "$changes"
  echo "graphql-js's answers differ from tests/graphql-conformance/expected: review and commit them."
  echo "0 passed, 1 failed"
  exit 1
fi
