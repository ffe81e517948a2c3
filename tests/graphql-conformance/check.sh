#!/usr/bin/env sh
# Differential conformance check, for the repository's test command:
#   1. installs graphql-js (npm ci, versions pinned by package-lock.json),
#   2. asks graphql-js for its answers on every case (oracle.js writes expected/*.json),
#   3. fails if those answers differ from the committed ones (a graphql-js upgrade or an edited case
#      must be reviewed as a diff),
#   4. runs the C# suite, which compares our engine with those answers and has graphql-js rebuild our
#      introspection into our SDL.
set -eu
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
cd "$here"
npm ci --no-audit --no-fund --loglevel=error
node oracle.js
git -C "$root" diff --exit-code -- tests/graphql-conformance/expected
dotnet test "$root/tests/Mobility.GraphQL.Tests" --nologo
