#!/usr/bin/env bash
# The main job, locally: installs what is missing, starts the test environment on 127.0.0.1
# (OCI registry, Sigstore stack, OIDC issuer, Key Vault, Actions runner) and runs every
# capability of the suite against it, ending with verification. Leaves nothing running.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
bash scripts/bootstrap.sh
. scripts/env.sh
NODE_EXTRA_CA_CERTS=$(node scripts/testenv-ca.ts)
export NODE_EXTRA_CA_CERTS
node demo/run.ts "$@"
