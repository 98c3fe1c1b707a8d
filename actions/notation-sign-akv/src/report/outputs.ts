import { setOutputs, writeSummary } from '@sign/action-kit'
import type { NotarySigner } from '@sign/notation'
import { writeCertificateChain } from './certificate.ts'
import type { SignatureRecord } from './signature-record.ts'
import type { SigningReport } from './signing-report.ts'
import { signaturesSummary } from './summary.ts'

/** Writes the chain file and sets the outputs `signatures` and `certificate`. */
export async function writeOutputs(options: {
  records: SignatureRecord[]
  signer: NotarySigner
}): Promise<void> {
  const certificate = await writeCertificateChain({ chain: options.signer.certificateChain })
  setOutputs({ signatures: options.records, certificate })
}

/** Appends the signatures' summary to the job summary. */
export async function writeSignaturesSummary(report: SigningReport): Promise<void> {
  await writeSummary(signaturesSummary(report))
}
