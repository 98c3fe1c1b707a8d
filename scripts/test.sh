#!/usr/bin/env bash
# Runs every check and every test on a fresh Debian machine: installs what is missing
# (scripts/bootstrap.sh, and the pinned reference tools: scripts/reference-tools.sh), then format,
# lint, types, and the whole node:test suite — unit tests, smoke tests of the test environment,
# end-to-end tests through dist/, interoperability with the reference tools, and check-dist.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
started=$SECONDS
bash scripts/bootstrap.sh
# The reference tools the interoperability tests run (test/interop/), from the tool cache.
bash scripts/reference-tools.sh
. scripts/env.sh
NODE_EXTRA_CA_CERTS=$(node scripts/testenv-ca.ts)
export NODE_EXTRA_CA_CERTS

phase() { printf '\n== %s\n' "$1"; }
phase "format (prettier --check)"
pnpm exec prettier --check --log-level=warn .
phase "lint (eslint, type-checked rules)"
pnpm exec eslint --max-warnings=0 .
phase "types (tsc --noEmit)"
pnpm exec tsc -p tsconfig.json
phase "tests (node --test)"
# Most tests wait on loopback servers rather than the CPU, so run more files than cores.
node --test --test-concurrency=4 --test-timeout=300000 \
  'packages/*/test/**/*.test.ts' 'actions/*/test/**/*.test.ts' 'test/**/*.test.ts'
printf '\nall checks passed in %ss\n' "$((SECONDS - started))"
