export {
  verifyTimestampToken,
  type VerifiedTimestamp,
  type VerifyTimestampTokenOptions
} from './verify-token.ts'
