// Creates the test environment's certificate authority (once per checkout) and prints its path,
// for NODE_EXTRA_CA_CERTS. Used by scripts/test.sh and scripts/demo.sh.
import { resolve } from 'node:path'
import { ensureTestCertificateAuthority } from '../packages/testenv/src/pki/test-ca.ts'

const directory = resolve(import.meta.dirname, '..', '.tmp', 'testenv-ca')
process.stdout.write(`${await ensureTestCertificateAuthority(directory)}\n`)
