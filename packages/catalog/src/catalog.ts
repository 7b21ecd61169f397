/**
 * The catalogue: every error of the messaging API, defined once. Everything else in Errata (types,
 * constants, validators, JSON Schema, docs, the server and the client) is derived from this file.
 *
 * A code's `status`, `retry` and `ownerFacing` default to its type's; set them only to differ.
 *
 * Where each part comes from is recorded beside it (`source`): the statements of the five reference
 * documents it rests on, quoted, and the catalogue's reason for every part none of them gives.
 * SOURCES.md says how to audit an entry; the self-check refuses an entry whose source is missing
 * a part.
 *
 * @module
 */
import * as f from "./fields.js";
import type { CatalogDefinition, ErrorCode, ErrorDefinition, ErrorType } from "./types.js";

// Reasons shared by many entries, so that the same decision reads the same everywhere.
const OWN_MESSAGE =
  "No reference document shows a body of this code: the catalogue wrote the message from the documented meaning.";
const OWN_FIX = "No reference document says how to fix it: the catalogue's advice.";
const OWN_TYPE_002 =
  "The RCS reference (002) names no types: the catalogue files the case under the type of its status.";
const OWN_TYPE_003 =
  "The iMessage reference (003) names no types: the catalogue files the code under the type of its status.";
const OWN_TYPE_004 =
  "The SMS reference (004) names no types: the catalogue files the code under the type of its status.";
const OWN_CODE_002 = "The RCS reference (002) describes the case without naming a code: the catalogue named it.";
const OWN_GENERIC_003 =
  "The iMessage reference (003) sends this body without a code: the catalogue gives it one, so that a client can branch on it.";
const OWN_API_500 =
  "This reference names no 500 code: the server answers every unexpected failure with this code, in every API's dialect.";
const OWN_API_401_004 =
  "The SMS reference (004) lists 401 (Missing or invalid bearer token) without naming a code: the catalogue sends its general 401.";
const OWN_RETRY_AFTER =
  "No reference document gives a default delay: the catalogue's, used when a response carries no Retry-After of its own.";
const OWN_RETRY_AFTER_FIELD =
  'Only the RCS reference (002) names `retry_after` ("Honor retry_after" on its 429s): the catalogue offers it, optional, on every code it sends with a delay.';

export const types = {
  authentication_error: {
    status: 401,
    retry: "never",
    title: "Authentication error",
    description: "The request could not be authenticated: the API key is missing, malformed, revoked or expired.",
    source: {
      seeds: [
        {
          seed: "000",
          says: "authentication_error (401) The request could not be authenticated.",
          gives: ["type", "status", "description"],
        },
      ],
      own: { retry: "No reference document advises retrying a 401: the same key fails the same way." },
    },
  },
  authorization_error: {
    status: 403,
    retry: "never",
    title: "Authorization error",
    description:
      "The API key is valid but lacks permission: a token scope, the IP allowlist, a spend cap, routing rules, the sandbox or a policy blocks the request.",
    source: {
      seeds: [
        {
          seed: "000",
          says: "authorization_error (403) The API key is valid but lacks permission.",
          gives: ["type", "status", "description"],
        },
        {
          seed: "004",
          says: "403 | Blocked by a token scope, the IP allowlist, a spend cap, or routing rules.",
          gives: ["description"],
        },
        {
          seed: "002",
          says: "403 | Policy violation, agent not approved, or test phone number mismatch | Fix the agent state or the target number; do not retry blindly",
          gives: ["description", "retry"],
        },
      ],
      own: {},
    },
  },
  invalid_request_error: {
    status: 400,
    retry: "never",
    title: "Invalid request error",
    description:
      "The request is malformed or missing required data. A few codes are sent with 403, because they describe a per-line policy violation rather than a malformed payload, and a few with 422.",
    source: {
      seeds: [
        {
          seed: "000",
          says: "invalid_request_error (400) The request is malformed or missing required data.",
          gives: ["type", "status", "description"],
        },
        {
          seed: "001",
          says: "A small number of invalid_request_error codes are returned with 403 instead of 400 because they describe a per-line policy violation, not a malformed payload",
          gives: ["description"],
        },
      ],
      own: {
        retry:
          'No reference document advises retrying a malformed request unchanged; the RCS reference (002) says "fix and retry".',
      },
    },
  },
  payment_error: {
    status: 402,
    retry: "never",
    title: "Payment error",
    description: "The account's wallet or free balance cannot cover the request.",
    source: {
      seeds: [
        { seed: "004", says: "402 | Your wallet cannot cover the request.", gives: ["status", "description"] },
        { seed: "002", says: "402 | Insufficient free balance", gives: ["description"] },
      ],
      own: {
        type: "No reference document names a type for 402: the catalogue's name.",
        retry:
          'The SMS reference (004) says "Top up your wallet, then retry.": a retry follows the top-up, never an automatic one.',
      },
    },
  },
  not_found_error: {
    status: 404,
    retry: "never",
    title: "Not found error",
    description: "The requested resource does not exist, or it is not yours.",
    source: {
      seeds: [
        {
          seed: "000",
          says: "not_found_error (404) The requested resource doesn’t exist.",
          gives: ["type", "status", "description"],
        },
        { seed: "004", says: "404 | The resource does not exist (or is not yours).", gives: ["description"] },
      ],
      own: { retry: "No reference document advises retrying a 404: the same ID is not found again." },
    },
  },
  conflict_error: {
    status: 409,
    retry: "never",
    title: "Conflict error",
    description:
      "The request conflicts with the current state of a resource (a duplicate, a wrong state), or with an identical request still in flight.",
    source: {
      seeds: [
        {
          seed: "002",
          says: "409 | Conflict — duplicate or wrong state | Re-read the resource; avoid blind retries",
          gives: ["status", "description", "retry"],
        },
        { seed: "004", says: "409 | An identical idempotent request is still in flight.", gives: ["description"] },
      ],
      own: { type: "No reference document names a type for 409: the catalogue's name." },
    },
  },
  rate_limit_error: {
    status: 429,
    retry: "retry_after",
    title: "Rate limit error",
    description:
      "Too many requests, or a usage limit was reached. Back off and retry after the Retry-After header's value.",
    source: {
      seeds: [
        {
          seed: "000",
          says: "rate_limit_error (429) Too many requests. Back off and retry after the Retry-After header value.",
          gives: ["type", "status", "description", "retry"],
        },
      ],
      own: {},
    },
  },
  api_error: {
    status: 500,
    retry: "backoff",
    title: "API error",
    description: "Something failed on the API's side. Treat it as transient: retry with exponential backoff.",
    source: {
      seeds: [
        { seed: "002", says: "500 | Unexpected internal error", gives: ["status", "description"] },
        { seed: "004", says: "Treat any 5xx as transient and retry with backoff.", gives: ["retry", "description"] },
      ],
      own: { type: "No reference document names a type for 5xx: the catalogue's name." },
    },
  },
} as const satisfies CatalogDefinition["types"];

const definitions = {
  // --- authentication_error (401)
  missing_api_key: {
    type: "authentication_error",
    title: "Missing API key",
    message: "No API key was provided in the Authorization header.",
    description: "The request had no Authorization header.",
    fix: "Send the API key in the Authorization header with every request.",
    fields: {},
    example: {},
    apis: [],
    source: {
      seeds: [
        { seed: "000", says: "authentication_error (401)", gives: ["type", "status"] },
        { seed: "000", says: "missing_api_key | No Authorization header provided", gives: ["code", "description"] },
      ],
      own: { message: OWN_MESSAGE, fix: OWN_FIX },
    },
  },
  invalid_api_key: {
    type: "authentication_error",
    title: "Invalid API key",
    message: "The API key is not valid: its format is wrong, or it was revoked or has expired.",
    description: "The key's format is wrong, or the key was revoked or has expired.",
    fix: "Check the key in the Authorization header; rotate the key if it may be compromised.",
    fields: {},
    example: {},
    apis: [],
    source: {
      seeds: [
        { seed: "000", says: "authentication_error (401)", gives: ["type", "status"] },
        {
          seed: "000",
          says: "invalid_api_key | Key format is wrong, key is revoked, or key has expired",
          gives: ["code", "description"],
        },
        {
          seed: "002",
          says: "401 | Missing or invalid API key | Check the Authorization header; rotate the key if compromised",
          gives: ["fix"],
        },
      ],
      own: { message: OWN_MESSAGE },
    },
  },
  unauthorized: {
    type: "authentication_error",
    title: "Unauthorized",
    message: "Invalid or missing API key.",
    description:
      "The request could not be authenticated, and the response does not say whether the key was missing or invalid.",
    fix: "Check the Authorization header; rotate the key if it may be compromised.",
    fields: {},
    example: {},
    apis: ["rcs", "imessage", "sms"],
    withoutCode: ["imessage"],
    source: {
      seeds: [
        {
          seed: "003",
          says: '401 Unauthorized { "error": "ApiError", "message": "Invalid or missing API key.", "status": 401 }',
          gives: ["api:imessage", "status", "message", "description"],
          message: "Invalid or missing API key.",
        },
        {
          seed: "002",
          says: "401 | Missing or invalid API key | Check the Authorization header; rotate the key if compromised",
          gives: ["api:rcs", "fix"],
        },
      ],
      own: {
        "api:sms": OWN_API_401_004,
        code: OWN_GENERIC_003,
        type: "The generic 401 of the iMessage reference (003) is an authentication error, as 000 files its 401s.",
      },
    },
  },

  // --- authorization_error (403)
  insufficient_scope: {
    type: "authorization_error",
    title: "Insufficient scope",
    message: "This API key does not have the scope required for this endpoint.",
    description: "The key is valid, but it lacks the scope this endpoint requires.",
    fix: "Use a key that has the scope this endpoint requires.",
    fields: {},
    example: {},
    apis: [],
    source: {
      seeds: [
        { seed: "000", says: "authorization_error (403)", gives: ["type", "status"] },
        {
          seed: "000",
          says: "insufficient_scope | The key doesn’t have the required scope for this endpoint",
          gives: ["code", "description"],
        },
      ],
      own: { message: OWN_MESSAGE, fix: OWN_FIX },
    },
  },
  line_not_accessible: {
    type: "authorization_error",
    title: "Line not accessible",
    message: "This API key is line-scoped and cannot access the requested line.",
    description: "The key is line-scoped, and the requested line is not among its lines.",
    fix: "Use a key that can access this line.",
    fields: {},
    example: {},
    apis: [],
    source: {
      seeds: [
        { seed: "000", says: "authorization_error (403)", gives: ["type", "status"] },
        {
          seed: "000",
          says: "line_not_accessible | The key is line-scoped and can’t access the requested line",
          gives: ["code", "description"],
        },
      ],
      own: { message: OWN_MESSAGE, fix: OWN_FIX },
    },
  },
  sandbox_not_activated: {
    type: "authorization_error",
    title: "Sandbox not activated",
    message: "Your sandbox has not been activated yet. Text the activation code to the sandbox number.",
    description: "The sandbox has not been activated: its activation code has not been texted to the sandbox number.",
    fix: "Text the activation code to the sandbox number, then retry.",
    fields: {},
    example: {},
    apis: [],
    source: {
      seeds: [
        { seed: "000", says: "authorization_error (403)", gives: ["type", "status"] },
        {
          seed: "000",
          says: "sandbox_not_activated | Your sandbox hasn’t been activated yet. Text the activation code to the sandbox number",
          gives: ["code", "message", "description", "fix"],
        },
      ],
      own: {},
    },
  },
  sandbox_requires_owner: {
    type: "authorization_error",
    title: "Sandbox requires an owner",
    message: "This sandbox key is not tied to an account.",
    description: "The sandbox key is not tied to an account.",
    fix: "Use a sandbox key that is tied to an account.",
    fields: {},
    example: {},
    apis: [],
    source: {
      seeds: [
        { seed: "001", says: "authorization_error (403)", gives: ["type", "status"] },
        {
          seed: "001",
          says: "sandbox_requires_owner | The sandbox key isn’t tied to a Messages.dev account",
          gives: ["code", "message", "description"],
        },
      ],
      own: { fix: OWN_FIX },
    },
  },
  forbidden: {
    type: "authorization_error",
    title: "Forbidden",
    message: "Action not allowed for this API key.",
    description: "The key is valid but may not perform this action, and the response names no more specific reason.",
    fix: "Check the key's permissions and the account's settings; do not retry unchanged.",
    fields: {},
    example: {},
    apis: ["rcs", "imessage"],
    withoutCode: ["imessage"],
    source: {
      seeds: [
        {
          seed: "003",
          says: '403 Forbidden { "error": "ApiError", "message": "Action not allowed for this API key.", "status": 403 }',
          gives: ["api:imessage", "status", "message", "description"],
          message: "Action not allowed for this API key.",
        },
        {
          seed: "002",
          says: "Test Agent sends return a generic 403 when the target number is not the verified phone number. The response does not reveal whether the number belongs to another account.",
          gives: ["api:rcs"],
        },
      ],
      own: {
        code: OWN_GENERIC_003,
        type: "The generic 403 of the iMessage reference (003) is an authorization error, as 000 files its 403s.",
        fix: OWN_FIX,
      },
    },
  },
  spend_limit_exceeded: {
    type: "authorization_error",
    title: "Spend limit exceeded",
    message: "This send would exceed your spend limit.",
    messageVariants: ["This send would exceed your {period} spend limit."],
    description: "A daily or monthly spend cap was hit. The body names the period when it carries one.",
    fix: "Wait for the cap's period (a day or a month) to pass, or have the account owner raise the cap.",
    fields: { period: f.period.optional() },
    example: { period: "daily" },
    apis: ["sms"],
    source: {
      seeds: [
        {
          seed: "004",
          says: "spend_limit_exceeded | 403 | A daily or monthly spend cap was hit. The body includes the period.",
          gives: ["api:sms", "code", "status", "description", "field:period"],
        },
        {
          seed: "004",
          says: '{ "message": "This send would exceed your daily spend limit.", "error": "spend_limit_exceeded" }',
          gives: ["messageVariants"],
          message: "This send would exceed your daily spend limit.",
        },
      ],
      own: {
        type: OWN_TYPE_004,
        message:
          "The reference's example says \"daily\" and carries no `period`: the catalogue's message without a period names none, and the variant with `{period}` renders the example's message.",
        fix: OWN_FIX,
      },
    },
  },
  ip_not_allowed: {
    type: "authorization_error",
    title: "IP address not allowed",
    message: "Your source IP address is not on the account's allowlist.",
    description: "The request came from a source IP address that is not on the account's allowlist.",
    fix: "Add the address to the allowlist, or send from an allowed address.",
    fields: {},
    example: {},
    apis: ["sms"],
    source: {
      seeds: [
        {
          seed: "004",
          says: "ip_not_allowed | 403 | Your source IP is not on the account allowlist.",
          gives: ["api:sms", "code", "status", "message", "description"],
        },
      ],
      own: { type: OWN_TYPE_004, fix: OWN_FIX },
    },
  },
  policy_violation: {
    type: "authorization_error",
    title: "Policy violation",
    message: "This request violates a messaging policy.",
    description: "The request breaks a policy that applies to the agent.",
    fix: "Change what the policy refuses; do not retry blindly.",
    fields: {},
    example: {},
    apis: ["rcs"],
    source: {
      seeds: [
        {
          seed: "002",
          says: "403 | Policy violation, agent not approved, or test phone number mismatch | Fix the agent state or the target number; do not retry blindly",
          gives: ["api:rcs", "status", "description", "fix"],
        },
      ],
      own: { code: OWN_CODE_002, type: OWN_TYPE_002, message: OWN_MESSAGE },
    },
  },
  agent_not_approved: {
    type: "authorization_error",
    title: "Agent not approved",
    message: "This agent is not approved.",
    description: "The RCS agent sending the request is not approved.",
    fix: "Fix the agent's state (its approval) before sending again; do not retry blindly.",
    fields: {},
    example: {},
    apis: ["rcs"],
    source: {
      seeds: [
        {
          seed: "002",
          says: "403 | Policy violation, agent not approved, or test phone number mismatch | Fix the agent state or the target number; do not retry blindly",
          gives: ["api:rcs", "status", "description", "fix"],
        },
      ],
      own: { code: OWN_CODE_002, type: OWN_TYPE_002, message: OWN_MESSAGE },
    },
  },
  test_number_mismatch: {
    type: "authorization_error",
    title: "Not a verified test number",
    message: "Test agents can only send to the verified test phone number.",
    description:
      "A test agent sent to a number other than its verified phone number. The response does not reveal whether the number belongs to another account. The RCS API sends its generic 403 (`forbidden`) for this case.",
    fix: "Fix the target number: send to the test agent's verified phone number.",
    fields: {},
    example: {},
    apis: [],
    source: {
      seeds: [
        {
          seed: "002",
          says: "Test Agent sends return a generic 403 when the target number is not the verified phone number. The response does not reveal whether the number belongs to another account.",
          gives: ["status", "description"],
        },
        {
          seed: "002",
          says: "403 | Policy violation, agent not approved, or test phone number mismatch | Fix the agent state or the target number; do not retry blindly",
          gives: ["fix"],
        },
      ],
      own: {
        code: "The RCS reference (002) sends a generic 403 for this case, so RCS clients read it as `forbidden`: the catalogue names the case in its own dialect alone, where a client can act on it by fixing the number.",
        type: OWN_TYPE_002,
        message: OWN_MESSAGE,
      },
    },
  },

  // --- invalid_request_error (400, some 403 and 422)
  missing_required_parameter: {
    type: "invalid_request_error",
    title: "Missing required parameter",
    message: "The '{param}' field is required.",
    description: "A required query parameter or body field is missing. `param` names it.",
    fix: "Send the parameter named in `param`.",
    fields: { param: f.param },
    example: { param: "from" },
    apis: [],
    source: {
      seeds: [
        { seed: "000", says: "invalid_request_error (400)", gives: ["type", "status"] },
        {
          seed: "000",
          says: "missing_required_parameter | A required query parameter or body field is missing",
          gives: ["code", "description"],
        },
        {
          seed: "001",
          says: '"code": "missing_required_parameter", "message": "The \'from\' field is required.", "param": "from"',
          gives: ["message", "field:param"],
          message: "The 'from' field is required.",
        },
      ],
      own: {
        "required:param":
          'The reference gives `param` "when applicable"; a missing parameter always has one, and the reference\'s example carries it.',
        fix: OWN_FIX,
      },
    },
  },
  invalid_parameter_value: {
    type: "invalid_request_error",
    title: "Invalid parameter value",
    message: "The value of '{param}' is not valid.",
    description:
      "A parameter has an invalid value, such as a wrong ID prefix or more than one attachment. `param` names it.",
    fix: "Correct the parameter named in `param`.",
    fields: { param: f.param },
    example: { param: "chat_id" },
    apis: [],
    source: {
      seeds: [
        { seed: "001", says: "invalid_request_error (400)", gives: ["type", "status"] },
        {
          seed: "001",
          says: "invalid_parameter_value | 400 | A parameter has an invalid value (e.g. wrong ID prefix or more than one attachment)",
          gives: ["code", "description"],
        },
        { seed: "001", says: "param | The parameter that caused the error (when applicable)", gives: ["field:param"] },
      ],
      own: {
        message: OWN_MESSAGE,
        "required:param": 'The reference gives `param` "when applicable"; an invalid parameter always has one.',
        fix: OWN_FIX,
      },
    },
  },
  invalid_json: {
    type: "invalid_request_error",
    title: "Invalid JSON",
    message: "The request body is not valid JSON.",
    description: "The request body is not valid JSON.",
    fix: "Send a well-formed JSON body with `Content-Type: application/json`.",
    fields: {},
    example: {},
    apis: [],
    source: {
      seeds: [
        { seed: "000", says: "invalid_request_error (400)", gives: ["type", "status"] },
        {
          seed: "000",
          says: "invalid_json | The request body is not valid JSON",
          gives: ["code", "message", "description"],
        },
      ],
      own: { fix: OWN_FIX },
    },
  },
  empty_file: {
    type: "invalid_request_error",
    title: "Empty file",
    message: "The uploaded file is empty.",
    description: "`POST /v1/files` was called with a zero-byte body.",
    fix: "Send the file's bytes in the request body.",
    fields: {},
    example: {},
    apis: [],
    source: {
      seeds: [
        { seed: "001", says: "invalid_request_error (400)", gives: ["type"] },
        {
          seed: "001",
          says: "empty_file | 400 | POST /v1/files was called with a zero-byte body",
          gives: ["code", "status", "description"],
        },
      ],
      own: { message: OWN_MESSAGE, fix: OWN_FIX },
    },
  },
  validation_failed: {
    type: "invalid_request_error",
    title: "Validation failed",
    message: "Invalid request parameters.",
    description:
      "One or more fields failed validation. The RCS API lists each field and what is wrong with it in `details`; the iMessage API's generic 400 carries no `details`.",
    fix: "Read `details` when the body has it, fix each field, and send the request again.",
    fields: { details: f.details.optional() },
    example: { details: [{ field: "to", message: "Expected a phone number in E.164 format." }] },
    apis: ["rcs", "imessage"],
    withoutCode: ["imessage"],
    source: {
      seeds: [
        {
          seed: "002",
          says: "400 | Validation failure | Read details for field-level errors; fix and retry",
          gives: ["api:rcs", "status", "description", "fix"],
        },
        {
          seed: "002",
          says: "Present on validation errors (400, 422). Each item includes field and message.",
          gives: ["field:details"],
        },
        {
          seed: "003",
          says: '400 Bad Request { "error": "ApiError", "message": "Invalid request parameters.", "status": 400 }',
          gives: ["api:imessage", "message", "description"],
          message: "Invalid request parameters.",
        },
      ],
      own: {
        code: "Neither the RCS reference (002) nor the iMessage reference's generic 400 (003) names a code: the catalogue gives both one.",
        type: "A validation failure is a malformed request, as 000 files its 400s.",
      },
    },
  },
  advanced_features_required: {
    type: "invalid_request_error",
    title: "Advanced features required",
    message: "The line you are sending from does not have advanced features enabled.",
    description:
      "Audio messages, reactions, typing indicators and read receipts need advanced features, and the sending line does not have them enabled.",
    fix: "Enable advanced features on the line, or send from a line that has them.",
    fields: {},
    example: {},
    apis: [],
    source: {
      seeds: [
        { seed: "001", says: "invalid_request_error (400)", gives: ["type"] },
        {
          seed: "001",
          says: "advanced_features_required | 400 | The line you’re sending from doesn’t have advanced features enabled (required for audio messages, reactions, typing, read receipts)",
          gives: ["code", "status", "message", "description"],
        },
      ],
      own: { fix: OWN_FIX },
    },
  },
  attachment_first_message_not_allowed: {
    type: "invalid_request_error",
    title: "Attachment-only first message",
    message:
      "Cannot send an attachment as the first message to a new conversation. Apple requires the first message to contain text. Please send a text message first, then send your attachment.",
    description:
      "The first message of a brand-new conversation held only attachments and no text. Apple silently drops attachment-only first messages because the chat does not exist on the device yet.",
    fix: "Send a text message first, then send the attachment.",
    fields: {},
    example: {},
    apis: ["imessage"],
    source: {
      seeds: [
        {
          seed: "003",
          says: "Returned when the first message in a brand-new conversation contains only attachments and no text. Apple silently drops attachment-only first messages because the chat doesn't yet exist on the device. Send a text message first, then send the attachment.",
          gives: ["api:imessage", "code", "description", "fix"],
        },
        {
          seed: "003",
          says: '"message": "Cannot send an attachment as the first message to a new conversation. Apple requires the first message to contain text. Please send a text message first, then send your attachment.", "status": 400, "code": "attachment_first_message_not_allowed"',
          gives: ["status", "message"],
          message:
            "Cannot send an attachment as the first message to a new conversation. Apple requires the first message to contain text. Please send a text message first, then send your attachment.",
        },
      ],
      own: { type: OWN_TYPE_003 },
    },
  },
  sandbox_contact_mismatch: {
    type: "invalid_request_error",
    title: "Sandbox contact mismatch",
    message: "You can only send to your paired phone number on the sandbox line.",
    description: "A send on the sandbox line was addressed to a number other than the paired one.",
    fix: "Send to your paired phone number, or send from a line outside the sandbox.",
    fields: {},
    example: {},
    apis: [],
    source: {
      seeds: [
        { seed: "000", says: "invalid_request_error (400)", gives: ["type", "status"] },
        {
          seed: "000",
          says: "sandbox_contact_mismatch | You can only send to your paired phone number on the sandbox line",
          gives: ["code", "message", "description"],
        },
      ],
      own: { fix: OWN_FIX },
    },
  },
  contact_has_not_messaged: {
    type: "invalid_request_error",
    status: 403,
    title: "Contact has not messaged first",
    message: "The recipient (or group chat) has not messaged your line first.",
    description:
      "Contact-first rule: outside the sandbox, the recipient must message your line before you can send to them; in a group chat, at least one inbound message must have been received in the chat before you can post to it. Sent with 403 because it describes a per-line policy violation, not a malformed payload.",
    fix: "Wait until the contact messages your line (for a group chat, until a message has been received in the chat), then send.",
    fields: {},
    example: {},
    apis: [],
    source: {
      seeds: [
        {
          seed: "001",
          says: "contact_has_not_messaged | 403 | The recipient (or group chat) hasn’t messaged your line first",
          gives: ["code", "type", "status", "message"],
        },
        {
          seed: "001",
          says: "Outside the sandbox, the recipient must message your line first before you can send to them. Sending into a cold contact returns contact_has_not_messaged with HTTP 403. The same rule applies to group chats: at least one inbound message must have been received in the chat before you can post to it.",
          gives: ["description", "fix"],
        },
        {
          seed: "001",
          says: "A small number of invalid_request_error codes are returned with 403 instead of 400 because they describe a per-line policy violation, not a malformed payload",
          gives: ["description"],
        },
      ],
      own: {},
    },
  },
  inbound_only_no_prior_inbound: {
    type: "invalid_request_error",
    status: 403,
    title: "Inbound-only number",
    message: "Inbound-only plan: outbound is restricted to contacts who messaged this number first.",
    description:
      "The sender is an Inbound plan number and the recipient (a contact for a 1:1 chat, the group itself for a group chat) has not messaged that number first. Inbound numbers are reply-only: they can answer any contact or group that has messaged them at least once, but cannot start new conversations.",
    fix: "Send the first message from a Dedicated or Shared number; the Inbound number can reply once the contact messages back.",
    fields: { allocation_id: f.allocationId, external_id: f.externalId },
    example: { allocation_id: "alloc_8f3k2m9q1x", external_id: "+15555550199" },
    apis: ["imessage"],
    source: {
      seeds: [
        {
          seed: "003",
          says: "Returned when the sender is an Inbound plan number and the recipient — a contact for 1:1 chats, or the group itself for group chats — hasn't messaged that number first. Inbound numbers are reply-only: they can answer any contact (or any group) that has messaged them at least once, but they can't initiate new conversations.",
          gives: ["api:imessage", "code", "description"],
        },
        {
          seed: "003",
          says: '"message": "Inbound-only plan: outbound is restricted to contacts who messaged this number first.", "status": 403, "code": "inbound_only_no_prior_inbound", "allocation_id": "alloc_...", "external_id": "+15555550199"',
          gives: [
            "status",
            "message",
            "field:allocation_id",
            "field:external_id",
            "required:allocation_id",
            "required:external_id",
          ],
          message: "Inbound-only plan: outbound is restricted to contacts who messaged this number first.",
        },
        {
          seed: "003",
          says: "Fix: send the first message from a Dedicated or Shared number, then your Inbound number can reply once the contact messages back.",
          gives: ["fix"],
        },
      ],
      own: {
        type: "The iMessage reference (003) names no types: the catalogue files it with contact_has_not_messaged, the same per-line policy sent with 403.",
      },
    },
  },
  traffic_not_routable: {
    type: "invalid_request_error",
    status: 422,
    title: "Traffic not routable",
    message: "No route is configured for {traffic_type} traffic.",
    description: "No route is configured for this traffic type. The body names the traffic type.",
    fix: "Configure a route for the traffic type, or send a traffic type that has one.",
    fields: { traffic_type: f.trafficType },
    example: { traffic_type: "marketing" },
    apis: ["sms"],
    source: {
      seeds: [
        {
          seed: "004",
          says: "traffic_not_routable | 422 | No route is configured for this traffic type. The body includes the traffic_type.",
          gives: ["api:sms", "code", "status", "message", "description", "field:traffic_type", "required:traffic_type"],
        },
      ],
      own: {
        type: 'The SMS reference (004) names no types: its 422s are "Validation failed", which the catalogue files under invalid_request_error.',
        fix: OWN_FIX,
      },
    },
  },
  sender_not_approved: {
    type: "invalid_request_error",
    status: 422,
    title: "Sender not approved",
    message: "The sender ID is not approved.",
    description: "The request used a sender ID that has not been approved.",
    fix: "Use an approved sender ID, or submit one for approval.",
    fields: {},
    example: {},
    apis: ["sms"],
    source: {
      seeds: [
        {
          seed: "004",
          says: "sender_not_approved | 422 | Use an approved sender ID, or submit one for approval.",
          gives: ["api:sms", "code", "status", "fix"],
        },
        {
          seed: "004",
          says: "422 | Validation failed (bad input, unapproved sender, no valid recipients).",
          gives: ["description"],
        },
      ],
      own: {
        type: 'The SMS reference (004) names no types: its 422s are "Validation failed", which the catalogue files under invalid_request_error.',
        message: OWN_MESSAGE,
      },
    },
  },
  no_valid_recipients: {
    type: "invalid_request_error",
    status: 422,
    title: "No valid recipients",
    message: "None of the supplied numbers were valid.",
    description: "None of the supplied recipient numbers were valid.",
    fix: "Check the recipient numbers and send again.",
    fields: {},
    example: {},
    apis: ["sms"],
    source: {
      seeds: [
        {
          seed: "004",
          says: "no_valid_recipients | 422 | None of the supplied numbers were valid.",
          gives: ["api:sms", "code", "status", "message", "description"],
        },
      ],
      own: {
        type: 'The SMS reference (004) names no types: its 422s are "Validation failed", which the catalogue files under invalid_request_error.',
        fix: OWN_FIX,
      },
    },
  },
  no_valid_numbers: {
    type: "invalid_request_error",
    status: 422,
    title: "No valid numbers",
    message: "None of the supplied lookup numbers were valid.",
    description: "None of the numbers of a lookup request were valid.",
    fix: "Check the numbers to look up and send again.",
    fields: {},
    example: {},
    apis: ["sms"],
    source: {
      seeds: [
        {
          seed: "004",
          says: "no_valid_numbers | 422 | None of the supplied lookup numbers were valid.",
          gives: ["api:sms", "code", "status", "message", "description"],
        },
      ],
      own: {
        type: 'The SMS reference (004) names no types: its 422s are "Validation failed", which the catalogue files under invalid_request_error.',
        fix: OWN_FIX,
      },
    },
  },
  invalid_recipient: {
    type: "invalid_request_error",
    status: 422,
    title: "Invalid recipient",
    message: "The destination number was not in a usable format.",
    description: "The destination number was not in a usable format.",
    fix: "Check the destination number's format and send again.",
    fields: {},
    example: {},
    apis: ["sms"],
    source: {
      seeds: [
        {
          seed: "004",
          says: "invalid_recipient | 422 | The destination number was not in a usable format.",
          gives: ["api:sms", "code", "status", "message", "description"],
        },
      ],
      own: {
        type: 'The SMS reference (004) names no types: its 422s are "Validation failed", which the catalogue files under invalid_request_error.',
        fix: OWN_FIX,
      },
    },
  },
  invalid_request: {
    type: "invalid_request_error",
    status: 422,
    title: "Invalid request",
    message: "The request was malformed for this endpoint.",
    description: "The request was malformed for this endpoint.",
    fix: "Check the endpoint's reference and send the body it expects.",
    fields: {},
    example: {},
    apis: ["sms"],
    source: {
      seeds: [
        {
          seed: "004",
          says: "invalid_request | 422 | The request was malformed for this endpoint.",
          gives: ["api:sms", "code", "status", "message", "description"],
        },
      ],
      own: {
        type: 'The SMS reference (004) names no types: its 422s are "Validation failed", which the catalogue files under invalid_request_error.',
        fix: OWN_FIX,
      },
    },
  },
  audio_error: {
    type: "invalid_request_error",
    status: 422,
    title: "Audio error",
    message: "The voice text could not be synthesized, or the audio URL could not be fetched.",
    description:
      "A voice message failed: its text could not be synthesized, or the `audio_url` parameter could not be fetched.",
    fix: "Check the voice text, or the URL in the `audio_url` parameter, and send again.",
    fields: {},
    example: {},
    apis: ["sms"],
    source: {
      seeds: [
        {
          seed: "004",
          says: "audio_error | 422 | The voice text could not be synthesized, or audio_url could not be fetched.",
          gives: ["api:sms", "code", "status", "message", "description"],
        },
      ],
      own: {
        type: 'The SMS reference (004) names no types: its 422s are "Validation failed", which the catalogue files under invalid_request_error.',
        fix: OWN_FIX,
      },
    },
  },
  semantic_validation_failed: {
    type: "invalid_request_error",
    status: 422,
    title: "Semantic validation failed",
    message: "The request breaks one or more domain rules.",
    description: "The request breaks domain-specific rules. `details` lists them.",
    fix: "Read `details` and change the request to satisfy each rule.",
    fields: { details: f.details },
    example: { details: [{ field: "send_at", message: "Must be in the future." }] },
    apis: ["rcs"],
    source: {
      seeds: [
        {
          seed: "002",
          says: "422 | Semantic validation | Fix domain-specific rules described in the body",
          gives: ["api:rcs", "status", "description", "fix"],
        },
        {
          seed: "002",
          says: "Present on validation errors (400, 422). Each item includes field and message.",
          gives: ["field:details", "required:details"],
        },
      ],
      own: {
        code: OWN_CODE_002,
        type: "The RCS reference (002) names no types: a semantic validation failure is a request the API refuses, filed under invalid_request_error with its 422.",
        message: OWN_MESSAGE,
      },
    },
  },
  payload_too_large: {
    type: "invalid_request_error",
    status: 413,
    title: "Payload too large",
    message: "The request body is larger than this endpoint accepts.",
    description:
      "The body was refused before it was read in full because it is over the endpoint's size limit. Sent with 413, the status HTTP gives a body that is too large.",
    fix: "Send a smaller body: fewer or smaller items, or upload large files separately.",
    fields: {},
    example: {},
    apis: ["rcs", "imessage", "sms"],
    source: {
      seeds: [],
      own: {
        entry:
          "No document names a 413 code. Web frameworks refuse a body over their parser's limit with 413 on their own; the catalogue names that answer so it keeps its status instead of becoming internal_error.",
      },
    },
  },
  unsupported_media_type: {
    type: "invalid_request_error",
    status: 415,
    title: "Unsupported media type",
    message: "The request body's content type or encoding is not supported by this endpoint.",
    description:
      "The body's `Content-Type`, charset or `Content-Encoding` is one the endpoint does not read. Sent with 415, the status HTTP gives an unsupported media type.",
    fix: "Send the body as `application/json` in UTF-8, without an unsupported `Content-Encoding`.",
    fields: {},
    example: {},
    apis: ["rcs", "imessage", "sms"],
    source: {
      seeds: [],
      own: {
        entry:
          "No document names a 415 code. Web frameworks refuse a body they cannot read (content type, charset, encoding) with 415 on their own; the catalogue names that answer so it keeps its status instead of becoming internal_error.",
      },
    },
  },

  // --- payment_error (402)
  insufficient_balance: {
    type: "payment_error",
    title: "Insufficient balance",
    message:
      "Your free balance is {required_amount} short of what this operation needs. Top up at least {required_amount}, then retry.",
    messageVariants: [
      "Your free balance of {free_balance} is {required_amount} short of what this operation needs. Top up at least {required_amount}, then retry.",
    ],
    description:
      "The free balance is below the hold amount needed for the operation. `required_amount` is the exact shortfall.",
    fix: "Top up at least `required_amount` at `topup_url`, then retry.",
    fields: {
      free_balance: f.freeBalance.optional(),
      held_balance: f.heldBalance.optional(),
      required_amount: f.requiredAmount,
      currency: f.currency.optional(),
      topup_url: f.topupUrl,
    },
    example: {
      free_balance: "1.20",
      held_balance: "4.00",
      required_amount: "2.80",
      currency: "USD",
      topup_url: "https://dashboard.errata.dev/billing/top-up",
    },
    apis: ["rcs", "sms"],
    source: {
      seeds: [
        {
          seed: "004",
          says: "insufficient_balance | 402 | Top up your wallet, then retry.",
          gives: ["api:sms", "code", "status", "fix"],
        },
        {
          seed: "002",
          says: "The most actionable error: the free balance is below the hold amount needed for the operation.",
          gives: ["api:rcs", "description"],
        },
        {
          seed: "002",
          says: "402 | Insufficient free balance | Top up; read required_amount and topup_url",
          gives: ["field:required_amount", "field:topup_url", "required:required_amount", "required:topup_url", "fix"],
        },
        {
          seed: "002",
          says: "Exact shortfall — add at least this amount to complete the operation.",
          gives: ["description", "fix"],
        },
      ],
      own: {
        type: "No reference document names a type for 402: the catalogue's payment_error.",
        message:
          "No reference document shows the body's message: the catalogue's, which names `required_amount` as the shortfall it is.",
        messageVariants: "The catalogue's: the same message with the free balance, when the body carries it.",
        "field:free_balance":
          'The RCS reference (002) describes an "Immediately spendable balance" member without its name: the catalogue names it; optional, as the real name may differ.',
        "field:held_balance":
          'The RCS reference (002) describes a member "Currently held for in-flight operations" without its name: the catalogue names it; optional, as the real name may differ.',
        "field:currency": "No reference document names a currency: the catalogue's own optional field.",
      },
    },
  },

  // --- not_found_error (404)
  not_found: {
    type: "not_found_error",
    title: "Not found",
    message: "Resource not found.",
    description: "The resource does not exist, or it is not yours.",
    fix: "Verify the ID and the environment (sandbox or production).",
    fields: {},
    example: {},
    apis: ["rcs", "imessage", "sms"],
    withoutCode: ["imessage"],
    source: {
      seeds: [
        {
          seed: "004",
          says: "not_found | 404 | The resource does not exist or is not yours.",
          gives: ["api:sms", "code", "status", "description"],
        },
        {
          seed: "003",
          says: '404 Not Found { "error": "ApiError", "message": "Resource not found.", "status": 404 }',
          gives: ["api:imessage", "message"],
          message: "Resource not found.",
        },
        {
          seed: "002",
          says: "404 | Unknown resource or device not RCS-capable | Verify ids and environment",
          gives: ["api:rcs", "fix"],
        },
      ],
      own: { type: "The SMS reference (004) names no types: its 404 is filed under 000's not_found_error." },
    },
  },
  line_not_found: {
    type: "not_found_error",
    title: "Line not found",
    message: "No line exists with the given handle.",
    description: "No line exists with the given handle.",
    fix: "Check the line handle.",
    fields: {},
    example: {},
    apis: [],
    source: {
      seeds: [
        { seed: "000", says: "not_found_error (404)", gives: ["type", "status"] },
        {
          seed: "000",
          says: "line_not_found | No line exists with the given handle",
          gives: ["code", "message", "description"],
        },
      ],
      own: { fix: OWN_FIX },
    },
  },
  chat_not_found: {
    type: "not_found_error",
    title: "Chat not found",
    message: "No chat was found for the given identifier on this line.",
    description: "No chat was found for the given identifier on this line.",
    fix: "Check the chat identifier and the line it belongs to.",
    fields: {},
    example: {},
    apis: [],
    source: {
      seeds: [
        { seed: "000", says: "not_found_error (404)", gives: ["type", "status"] },
        {
          seed: "000",
          says: "chat_not_found | No chat found for the given identifier on this line",
          gives: ["code", "message", "description"],
        },
      ],
      own: { fix: OWN_FIX },
    },
  },
  message_not_found: {
    type: "not_found_error",
    title: "Message not found",
    message: "No message was found with the given ID.",
    description: "No message was found with the given ID, including the one in the `reply_to` parameter.",
    fix: "Check the message ID, including the one in the `reply_to` parameter.",
    fields: {},
    example: {},
    apis: [],
    source: {
      seeds: [
        { seed: "001", says: "not_found_error (404)", gives: ["type", "status"] },
        {
          seed: "001",
          says: "message_not_found | No message found with the given ID (including reply_to)",
          gives: ["code", "message", "description"],
        },
      ],
      own: { fix: OWN_FIX },
    },
  },
  outbox_item_not_found: {
    type: "not_found_error",
    title: "Outbox item not found",
    message: "No outbox item was found with the given ID.",
    description: "No outbox item was found with the given ID.",
    fix: "Check the outbox item ID.",
    fields: {},
    example: {},
    apis: [],
    source: {
      seeds: [
        { seed: "000", says: "not_found_error (404)", gives: ["type", "status"] },
        {
          seed: "000",
          says: "outbox_item_not_found | No outbox item found with the given ID",
          gives: ["code", "message", "description"],
        },
      ],
      own: { fix: OWN_FIX },
    },
  },
  webhook_not_found: {
    type: "not_found_error",
    title: "Webhook not found",
    message: "No webhook was found with the given ID.",
    description: "No webhook was found with the given ID.",
    fix: "Check the webhook ID.",
    fields: {},
    example: {},
    apis: [],
    source: {
      seeds: [
        { seed: "000", says: "not_found_error (404)", gives: ["type", "status"] },
        {
          seed: "000",
          says: "webhook_not_found | No webhook found with the given ID",
          gives: ["code", "message", "description"],
        },
      ],
      own: { fix: OWN_FIX },
    },
  },
  file_not_found: {
    type: "not_found_error",
    title: "File not found",
    message: "No file was found with the given ID.",
    description: "No file was found with the given `file_...` ID.",
    fix: "Check the file ID.",
    fields: {},
    example: {},
    apis: [],
    source: {
      seeds: [
        { seed: "001", says: "not_found_error (404)", gives: ["type", "status"] },
        {
          seed: "001",
          says: "file_not_found | No file found with the given file_... ID",
          gives: ["code", "message", "description"],
        },
      ],
      own: { fix: OWN_FIX },
    },
  },
  device_not_rcs_capable: {
    type: "not_found_error",
    title: "Device not RCS-capable",
    message: "The destination device may not support RCS.",
    description: "The destination is not reachable over RCS: the device may not support it.",
    fix: "Verify the number and the environment; the device may not support RCS, in which case reach the recipient another way.",
    fields: {},
    example: {},
    apis: ["rcs"],
    source: {
      seeds: [
        {
          seed: "002",
          says: "404 | Unknown resource or device not RCS-capable | Verify ids and environment; for RCS, the device may not support RCS",
          gives: ["api:rcs", "status", "description", "fix"],
        },
      ],
      own: { code: OWN_CODE_002, type: OWN_TYPE_002, message: OWN_MESSAGE },
    },
  },

  // --- conflict_error (409)
  conflict: {
    type: "conflict_error",
    title: "Conflict",
    message: "Conflict with current state.",
    description: "The resource is in a state that does not allow this request.",
    fix: "Re-read the resource; avoid blind retries.",
    fields: {},
    example: {},
    apis: ["rcs", "imessage"],
    withoutCode: ["imessage"],
    source: {
      seeds: [
        {
          seed: "003",
          says: '409 Conflict { "error": "ApiError", "message": "Conflict with current state.", "status": 409 }',
          gives: ["api:imessage", "status", "message"],
          message: "Conflict with current state.",
        },
        {
          seed: "002",
          says: "409 | Conflict — duplicate or wrong state | Re-read the resource; avoid blind retries",
          gives: ["api:rcs", "description", "fix"],
        },
      ],
      own: { code: OWN_GENERIC_003, type: "The catalogue's conflict_error, the type of its 409s." },
    },
  },
  duplicate_resource: {
    type: "conflict_error",
    title: "Duplicate resource",
    message: "A resource with the same identity already exists.",
    description: "The request would create a duplicate of an existing resource.",
    fix: "Re-read the resource and use the existing one; avoid blind retries.",
    fields: {},
    example: {},
    apis: ["rcs"],
    source: {
      seeds: [
        {
          seed: "002",
          says: "409 | Conflict — duplicate or wrong state | Re-read the resource; avoid blind retries",
          gives: ["api:rcs", "status", "description", "fix"],
        },
      ],
      own: { code: OWN_CODE_002, type: "The catalogue's conflict_error, the type of its 409s.", message: OWN_MESSAGE },
    },
  },
  idempotency_conflict: {
    type: "conflict_error",
    retry: "backoff",
    retryAfter: 1,
    title: "Idempotency conflict",
    message: "A request with the same Idempotency-Key is still processing.",
    description: "An identical request with the same Idempotency-Key is still in flight.",
    fix: "Retry the same request, with the same Idempotency-Key, after a short backoff.",
    fields: {},
    example: {},
    apis: ["sms"],
    source: {
      seeds: [
        {
          seed: "004",
          says: "idempotency_conflict | 409 | A request with the same Idempotency-Key is still processing.",
          gives: ["api:sms", "code", "status", "message", "description"],
        },
        { seed: "004", says: "409 | An identical idempotent request is still in flight.", gives: ["description"] },
      ],
      own: {
        type: "The catalogue's conflict_error, the type of its 409s.",
        retry:
          "No reference document says to retry it: the catalogue's decision, as the conflict ends when the first request completes.",
        retryAfter: OWN_RETRY_AFTER,
        fix: OWN_FIX,
      },
    },
  },

  // --- rate_limit_error (429)
  rate_limit_exceeded: {
    type: "rate_limit_error",
    retryAfter: 60,
    title: "Rate limit exceeded",
    message: "Hourly API rate limit exceeded. Retry after the number of seconds in the Retry-After header.",
    description: "The hourly API rate limit was exceeded.",
    fix: "Back off, and retry after the Retry-After header's seconds, with jitter.",
    fields: { retry_after: f.retryAfter.optional() },
    example: { retry_after: 60 },
    apis: ["rcs"],
    source: {
      seeds: [
        {
          seed: "000",
          says: "rate_limit_error (429) Too many requests. Back off and retry after the Retry-After header value.",
          gives: ["type", "status", "fix"],
        },
        {
          seed: "000",
          says: "rate_limit_exceeded | Hourly API rate limit exceeded",
          gives: ["code", "message", "description"],
        },
        { seed: "002", says: "429 | Rate limit | Honor retry_after; back off with jitter", gives: ["api:rcs", "fix"] },
      ],
      own: { retryAfter: OWN_RETRY_AFTER, "field:retry_after": OWN_RETRY_AFTER_FIELD },
    },
  },
  throttled: {
    type: "rate_limit_error",
    retryAfter: 1,
    title: "Throttled",
    message: "Too many requests. Wait for the number of seconds in the Retry-After header.",
    description: "Too many requests arrived.",
    fix: "Wait for the Retry-After header's seconds, then retry with jittered backoff.",
    fields: { retry_after: f.retryAfter.optional() },
    example: { retry_after: 2 },
    apis: ["sms"],
    source: {
      seeds: [
        {
          seed: "004",
          says: "throttled | 429 | Too many requests. Wait for Retry-After seconds.",
          gives: ["api:sms", "code", "status", "message", "description", "fix"],
        },
      ],
      own: {
        type: "The SMS reference (004) names no types: its 429 is filed under 000's rate_limit_error.",
        retryAfter: OWN_RETRY_AFTER,
        "field:retry_after": OWN_RETRY_AFTER_FIELD,
      },
    },
  },
  sandbox_quota_exceeded: {
    type: "rate_limit_error",
    retryAfter: 3600,
    retryAfterFrom: "resets_at",
    title: "Sandbox quota exceeded",
    message: "Daily sandbox limit of 50 messages reached. Resets at midnight UTC.",
    description: "The sandbox's daily limit of 50 messages is used up. It resets at midnight UTC.",
    fix: "Wait for the reset at midnight UTC (`resets_at` when the body carries it), or send from a line outside the sandbox.",
    fields: { limit: f.limit.optional(), resets_at: f.resetsAt.optional(), retry_after: f.retryAfter.optional() },
    example: { limit: 50, retry_after: 3600 },
    apis: [],
    source: {
      seeds: [
        { seed: "000", says: "rate_limit_error (429)", gives: ["type", "status"] },
        {
          seed: "000",
          says: "sandbox_quota_exceeded | Daily sandbox limit of 50 messages reached. Resets at midnight UTC",
          gives: ["code", "message", "description", "fix"],
        },
      ],
      own: {
        retryAfter:
          "No reference document gives a delay: the catalogue's fallback, used when the error carries no `resets_at`.",
        retryAfterFrom:
          "The quota resets at midnight UTC (000): Retry-After is the time until the reset the error carries.",
        "field:limit": "No reference document names the field: the catalogue's, optional.",
        "field:resets_at": "No reference document names the field: the catalogue's, optional.",
        "field:retry_after": OWN_RETRY_AFTER_FIELD,
      },
    },
  },
  outbound_limit_reached: {
    type: "rate_limit_error",
    retryAfter: 3600,
    title: "Outbound contact limit reached",
    message:
      "Outbound contact limit reached. Your organization has reached {current} new contacts in the last 24 hours, which meets the configured limit of {limit}. Please wait or increase your limit in Settings.",
    messageVariants: [
      "Outbound contact limit reached. Your number {sender_number} has reached {current} new contacts in the last 24 hours, which meets its configured limit of {limit}. Please wait or increase your limit in Settings.",
    ],
    description:
      "The organization, or one sending number, has reached its 24-hour new-contact limit. The limit and current usage are echoed back so clients can show progress without a second request; a per-number limit also names the allocation and the sending number.",
    fix: "Please wait for the 24-hour window to move on, or increase your limit in Settings.",
    fields: {
      limit: f.limit,
      current: f.current,
      mode: f.mode,
      allocation_id: f.allocationId.optional(),
      sender_number: f.senderNumber.optional(),
      retry_after: f.retryAfter.optional(),
    },
    example: { limit: 35, current: 35, mode: "total", retry_after: 3600 },
    apis: ["imessage"],
    source: {
      seeds: [
        {
          seed: "003",
          says: 'Returned when the organization (or per-number sender) has reached its 24-hour new-contact limit. The limit and current usage are echoed back so clients can show "X / Y" progress without a second round-trip.',
          gives: [
            "api:imessage",
            "code",
            "description",
            "field:limit",
            "field:current",
            "required:limit",
            "required:current",
          ],
        },
        {
          seed: "003",
          says: '"message": "Outbound contact limit reached. Your organization has reached 35 new contacts in the last 24 hours, which meets the configured limit of 35. Please wait or increase your limit in Settings.", "status": 429, "code": "outbound_limit_reached", "limit": 35, "current": 35, "mode": "total"',
          gives: ["status", "message", "fix", "field:mode", "required:mode"],
          message:
            "Outbound contact limit reached. Your organization has reached 35 new contacts in the last 24 hours, which meets the configured limit of 35. Please wait or increase your limit in Settings.",
        },
        {
          seed: "003",
          says: "Per-number mode adds allocation_id and sender_number so you can tell which line tripped.",
          gives: ["description", "field:allocation_id", "field:sender_number"],
        },
      ],
      own: {
        type: OWN_TYPE_003,
        messageVariants:
          "The catalogue's: one number tripped the limit, so the message names it (the reference shows only the organization's message).",
        retryAfter: OWN_RETRY_AFTER,
        "field:retry_after": OWN_RETRY_AFTER_FIELD,
      },
    },
  },
  new_conversation_limit_reached: {
    type: "rate_limit_error",
    retryAfter: 3600,
    title: "New conversation limit reached",
    message: "New conversation daily limit reached for your plan",
    description:
      "On shared plans only, the organization has reached its plan-defined daily cap of new conversations (15 for Commercial, 20 for Enterprise). Existing conversations continue to send normally.",
    fix: "Keep sending in existing conversations, which continue normally, and start new ones after the daily cap resets.",
    fields: { plan_id: f.planId, cap: f.cap, current: f.current, retry_after: f.retryAfter.optional() },
    example: { plan_id: "shared_com", cap: 15, current: 15, retry_after: 3600 },
    apis: ["imessage"],
    source: {
      seeds: [
        {
          seed: "003",
          says: "Returned on shared plans only when the organization has reached its plan-defined daily new-conversation cap (15 for Commercial, 20 for Enterprise). Existing conversations continue to send normally.",
          gives: ["api:imessage", "code", "description", "fix"],
        },
        {
          seed: "003",
          says: '"message": "New conversation daily limit reached for your plan", "status": 429, "code": "new_conversation_limit_reached", "plan_id": "shared_com", "cap": 15, "current": 15',
          gives: [
            "status",
            "message",
            "field:plan_id",
            "field:cap",
            "field:current",
            "required:plan_id",
            "required:cap",
            "required:current",
          ],
          message: "New conversation daily limit reached for your plan",
        },
      ],
      own: { type: OWN_TYPE_003, retryAfter: OWN_RETRY_AFTER, "field:retry_after": OWN_RETRY_AFTER_FIELD },
    },
  },

  // --- api_error (500, 503)
  internal_error: {
    type: "api_error",
    title: "Internal error",
    message: "An unexpected error occurred. Quote the request ID if you contact support.",
    description: "An unexpected internal error. No detail of the failure is sent.",
    fix: "Retry with exponential backoff; if it persists, contact support with the request ID.",
    fields: {},
    example: {},
    apis: ["rcs", "imessage", "sms"],
    source: {
      seeds: [
        { seed: "002", says: "500 | Unexpected internal error", gives: ["api:rcs", "status", "description"] },
        { seed: "004", says: "Treat any 5xx as transient and retry with backoff.", gives: ["fix"] },
      ],
      own: {
        "api:sms": OWN_API_500,
        "api:imessage": OWN_API_500,
        code: OWN_CODE_002,
        type: "The catalogue's api_error, the type of its 5xx.",
        message: OWN_MESSAGE,
      },
    },
  },
  dependency_unavailable: {
    type: "api_error",
    status: 503,
    retryAfter: 5,
    title: "Dependency unavailable",
    message: "A service this request depends on is temporarily unavailable.",
    description: "A dependency of the API is temporarily unavailable.",
    fix: "Retry with exponential backoff and jitter, honouring Retry-After when present.",
    fields: {},
    example: {},
    apis: ["rcs"],
    source: {
      seeds: [
        { seed: "002", says: "503 | Dependency temporarily unavailable", gives: ["api:rcs", "status", "description"] },
        { seed: "004", says: "Treat any 5xx as transient and retry with backoff.", gives: ["fix"] },
      ],
      own: {
        code: OWN_CODE_002,
        type: "The catalogue's api_error, the type of its 5xx.",
        message: OWN_MESSAGE,
        retryAfter: OWN_RETRY_AFTER,
      },
    },
  },
  no_active_number: {
    type: "api_error",
    status: 503,
    retryAfter: 30,
    title: "No active number",
    message: "No active number available.",
    description: "No active number is available to send from.",
    fix: "Retry later with backoff; check the account's numbers if it persists.",
    fields: {},
    example: {},
    apis: ["imessage"],
    withoutCode: ["imessage"],
    source: {
      seeds: [
        {
          seed: "003",
          says: '503 Service Unavailable { "error": "ApiError", "message": "No active number available.", "status": 503 }',
          gives: ["api:imessage", "status", "message", "description"],
          message: "No active number available.",
        },
        { seed: "004", says: "Treat any 5xx as transient and retry with backoff.", gives: ["fix"] },
      ],
      own: {
        code: OWN_GENERIC_003,
        type: "The catalogue's api_error, the type of its 5xx.",
        retryAfter: OWN_RETRY_AFTER,
      },
    },
  },
} as const satisfies CatalogDefinition["errors"];

/**
 * Every code's definition. Typed by code rather than inferred: at a thousand codes and more, the
 * inferred type is too long for the compiler to write into a declaration file (TS7056).
 */
export const errors: { readonly [C in ErrorCode]: ErrorDefinition & { readonly type: ErrorType } } = definitions;
