export {
  verifyTimestampToken,
  type VerifiedTimestamp,
  type VerifyTimestampTokenOptions
} from './verify-token.ts'
export { validateTstInfo, type TimestampInfo, type ValidateTstInfoOptions } from './tst-info.ts'
