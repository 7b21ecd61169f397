// Generated from src/catalog.ts by scripts/generate-table.ts. Do not edit.
import type { LegacyDialect, RetryPolicy } from "../types.js";
import type { DialectEnvelope } from "../wire/dialects.js";
import type { Reading } from "../reading.js";
import type { RetryGuidance } from "../retry-guidance.js";

export const legacy: readonly (readonly [name: LegacyDialect, envelope: DialectEnvelope])[] = [["rcs",{"code":"error","fields":"body","docUrl":false,"codeOptional":false,"retryAfterMember":true,"members":["error","message","details"]}],["imessage",{"code":"code","fields":"body","status":"status","constant":{"member":"error","value":"ApiError"},"docUrl":false,"codeOptional":true,"retryAfterMember":false,"members":["error","message","status","code"]}],["sms",{"code":"error","fields":"body","docUrl":false,"codeOptional":false,"retryAfterMember":false,"members":["message","error"]}]];

export const generic: { readonly [D in LegacyDialect]?: { readonly [status: string]: { readonly [message: string]: string } } } = {"imessage":{"400":{"Invalid request parameters.":"validation_failed"},"401":{"Invalid or missing API key.":"unauthorized"},"403":{"Action not allowed for this API key.":"forbidden"},"404":{"Resource not found.":"not_found"},"409":{"Conflict with current state.":"conflict"},"503":{"No active number available.":"no_active_number"}}};

export const reading: Pick<Reading, "max_bytes" | "max_depth" | "code_pattern"> = {"max_bytes":262144,"max_depth":64,"code_pattern":"^[a-z][a-z0-9_]*$"};

export const retryGuidance: Pick<RetryGuidance, "max_attempts" | "base_delay_ms" | "max_delay_ms"> = {"max_attempts":3,"base_delay_ms":500,"max_delay_ms":60000};

export const types: readonly (readonly [name: string, status: number, retry: RetryPolicy])[] = [["authentication_error",401,"never"],["authorization_error",403,"never"],["invalid_request_error",400,"never"],["payment_error",402,"never"],["not_found_error",404,"never"],["conflict_error",409,"never"],["rate_limit_error",429,"retry_after"],["api_error",500,"backoff"]];

export const patterns: readonly string[] = ["^https?:\\/\\/\\S+$","^[0-9]+(\\.[0-9]+)?$","^[A-Z]{3}$","^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}(\\.[0-9]+)?(Z|[+-][0-9]{2}:[0-9]{2})$","^\\+[1-9][0-9]{1,14}$"];

export const base = "message:s param:?s details:?d doc_url:?/0";

export const codes = "missing_api_key,0\ninvalid_api_key,0\nunauthorized,0,7\ninsufficient_scope,1\nline_not_accessible,1\nsandbox_not_activated,1\nsandbox_requires_owner,1\nforbidden,1,3\nspend_limit_exceeded,1,4 period:?s\nip_not_allowed,1,4\npolicy_violation,1,1\nagent_not_approved,1,1\ntest_number_mismatch,1\nmissing_required_parameter,2 param:s\ninvalid_parameter_value,2 param:s\ninvalid_json,2\nempty_file,2\nvalidation_failed,2,3\nadvanced_features_required,2\nattachment_first_message_not_allowed,2,2\nsandbox_contact_mismatch,2\ncontact_has_not_messaged,2\ninbound_only_no_prior_inbound,2,2 allocation_id:s external_id:s\ntraffic_not_routable,2,4 traffic_type:s\nsender_not_approved,2,4\nno_valid_recipients,2,4\nno_valid_numbers,2,4\ninvalid_recipient,2,4\ninvalid_request,2,4\naudio_error,2,4\nsemantic_validation_failed,2,1 details:d\npayload_too_large,2,7\nunsupported_media_type,2,7\ninsufficient_balance,3,5 free_balance:?/1 held_balance:?/1 required_amount:/1 currency:?/2 topup_url:/0\nnot_found,4,7\nline_not_found,4\nchat_not_found,4\nmessage_not_found,4\noutbox_item_not_found,4\nwebhook_not_found,4\nfile_not_found,4\ndevice_not_rcs_capable,4,1\nconflict,5,3\nduplicate_resource,5,1\nidempotency_conflict,5,4,1,b\nrate_limit_exceeded,6,1,60 retry_after:?i\nthrottled,6,4,1 retry_after:?i\nsandbox_quota_exceeded,6,,3600 limit:?i resets_at:?/3 retry_after:?i\noutbound_limit_reached,6,2,3600 limit:i current:i mode:s allocation_id:?s sender_number:?/4 retry_after:?i\nnew_conversation_limit_reached,6,2,3600 plan_id:s cap:i current:i retry_after:?i\ninternal_error,7,7\ndependency_unavailable,7,1,5\nno_active_number,7,2,30";
