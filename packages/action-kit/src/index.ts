// The one bridge to the Actions runtime: actions read inputs, write outputs and the job summary,
// mask secrets, log and fail through this package, and nothing else imports @actions/core.
export { ConfigurationError } from './failure/configuration-error.ts'
export { runAction } from './failure/run-action.ts'
export { failureKind } from '@sign/failure'
export type { FailureKind, FailureKindOptions, KindedError } from '@sign/failure'
export { VerificationFailure } from './failure/verification-failure.ts'
export type {
  FailedSignature,
  FailedSubject,
  VerificationFailureOptions
} from './failure/verification-failure.ts'
export { requiredInput, optionalInput } from './inputs/text.ts'
export { booleanInput } from './inputs/boolean.ts'
export { listInput, multilineInput } from './inputs/lists.ts'
export type { ListSeparator } from './inputs/lists.ts'
export { enumInput } from './inputs/choice.ts'
export { integerInput, durationInput } from './inputs/numbers.ts'
export { serviceUrlInput } from './inputs/url.ts'
export { mediaTypeInput } from './inputs/media-type.ts'
export { inputError } from './inputs/input-error.ts'
export { setOutputs } from './outputs.ts'
export { addPath } from './job-path.ts'
export { JobSummary } from './summary/job-summary.ts'
export type { SummaryTable, Verdict } from './summary/job-summary.ts'
export { joinInline, renderInline } from './summary/inline.ts'
export type { Inline } from './summary/inline.ts'
export { counted, imageName, readableTime, shortDigest } from './summary/values.ts'
export { writeSummary } from './summary/write-summary.ts'
export { maskSecret, secretInput } from './masking.ts'
export { actionsLogger, group } from './logging.ts'
export type { Logger } from './logging.ts'
export { getIdToken, requireIdTokenPermission } from './id-token.ts'
