/**
 * The error catalogue of the messaging API: codes, types, statuses and retry policy as frozen
 * constants, and the TypeScript types of every error body. This entry loads no zod; validators
 * are in `@errata/catalog/zod`.
 *
 * @module
 */
export { ErrataBaseError } from "./base-error.js";
export {
  CATALOG_VERSION,
  ERROR_CODE_LIST,
  ERROR_CODES,
  ERROR_INFO,
  ERROR_TYPES,
  ERRORS,
  type ErrorInfo,
  GENERIC_CODES,
  isErrorCode,
  isErrorType,
} from "./codes.js";
export { DOC_BASE_URL, docUrlOf, PROBLEM_INSTANCE_PREFIX, problemInstanceOf } from "./doc-url.js";
export { FRAMEWORK_CODES, type FrameworkCodes } from "./framework-codes.js";
export type { CodesOfType, ErrorFieldsMap, ErrorFieldsNeed, ErrorObjectMap } from "./generated/types.js";
export { type MessageTemplates, placeholdersOf, renderMessage, templateFor, templateParts } from "./message.js";
export { CODE_PATTERN, REQUEST_ID_PATTERN } from "./patterns.js";
export { READING, type Reading } from "./reading.js";
export { RETRY_GUIDANCE, type RetryGuidance } from "./retry-guidance.js";
export type {
  AnyErrorBody,
  AnyErrorObject,
  CatalogDefinition,
  CodeOfType,
  Deprecation,
  Dialect,
  ErrorBase,
  ErrorBody,
  ErrorCode,
  ErrorDefinition,
  ErrorDetail,
  ErrorFields,
  ErrorObject,
  ErrorType,
  LegacyDialect,
  RequiredWhen,
  RetryPolicy,
  SeedClaim,
  SeedId,
  Source,
  SourcePart,
  TypeDefinition,
  TypeSource,
  TypeSourcePart,
  UnknownErrorObject,
} from "./types.js";
export {
  DIALECT_NAMES,
  DIALECTS,
  type DialectEnvelope,
  type DialectInfo,
  type EnvelopeRole,
  isDialect,
  LEGACY_DIALECTS,
  roleOf,
} from "./wire/dialects.js";
export {
  type BodyPlan,
  bodyPlan,
  dialectBody,
  type PlannedMember,
  type WireContext,
  type WireError,
  writeBody,
} from "./wire/write-body.js";
