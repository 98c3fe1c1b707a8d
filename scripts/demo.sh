#!/usr/bin/env bash
# The main job, locally: installs what is missing, starts the test environment on 127.0.0.1
# (OCI registries, Sigstore stack, OIDC issuer, Key Vault, Actions runner) and runs every
# capability of the suite against it, ending with verification. Leaves nothing running.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
bash scripts/bootstrap.sh
# The reference tools the demo shows reading our signatures, and the referrers-API registry.
bash scripts/reference-tools.sh olareg cosign notation oras
. scripts/env.sh
NODE_EXTRA_CA_CERTS=$(node scripts/testenv-ca.ts)
export NODE_EXTRA_CA_CERTS
node demo/run.ts "$@"
