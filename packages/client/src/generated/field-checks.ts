// Generated from @errata/catalog/zod by scripts/generate-checks.ts. Do not edit.
import { count, details, matcher, nonEmpty, type Members } from "../checks.js";

const p0 = matcher("^https?:\\/\\/\\S+$");
const p1 = matcher("^[0-9]+(\\.[0-9]+)?$");
const p2 = matcher("^[A-Z]{3}$");
const p3 = matcher("^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}(\\.[0-9]+)?(Z|[+-][0-9]{2}:[0-9]{2})$");
const p4 = matcher("^\\+[1-9][0-9]{1,14}$");

/** The members every code shares. */
export const base = (e: Members): boolean => nonEmpty(e.message) && (e.param === undefined || nonEmpty(e.param)) && (e.details === undefined || details(e.details)) && (e.doc_url === undefined || p0(e.doc_url));

/** Each code whose members differ from the shared ones. */
export const fieldChecks: Readonly<Record<string, (e: Members) => boolean>> = {
  spend_limit_exceeded: (e) =>
    (e.period === undefined || nonEmpty(e.period)) && base(e),
  missing_required_parameter: (e) =>
    nonEmpty(e.param) && nonEmpty(e.message) && (e.details === undefined || details(e.details)) && (e.doc_url === undefined || p0(e.doc_url)),
  invalid_parameter_value: (e) =>
    nonEmpty(e.param) && nonEmpty(e.message) && (e.details === undefined || details(e.details)) && (e.doc_url === undefined || p0(e.doc_url)),
  inbound_only_no_prior_inbound: (e) =>
    nonEmpty(e.allocation_id) && nonEmpty(e.external_id) && base(e),
  traffic_not_routable: (e) =>
    nonEmpty(e.traffic_type) && base(e),
  semantic_validation_failed: (e) =>
    details(e.details) && nonEmpty(e.message) && (e.param === undefined || nonEmpty(e.param)) && (e.doc_url === undefined || p0(e.doc_url)),
  insufficient_balance: (e) =>
    (e.free_balance === undefined || p1(e.free_balance)) && (e.held_balance === undefined || p1(e.held_balance)) && p1(e.required_amount) && (e.currency === undefined || p2(e.currency)) && p0(e.topup_url) && base(e),
  rate_limit_exceeded: (e) =>
    (e.retry_after === undefined || count(e.retry_after)) && base(e),
  throttled: (e) =>
    (e.retry_after === undefined || count(e.retry_after)) && base(e),
  sandbox_quota_exceeded: (e) =>
    (e.limit === undefined || count(e.limit)) && (e.resets_at === undefined || p3(e.resets_at)) && (e.retry_after === undefined || count(e.retry_after)) && base(e),
  outbound_limit_reached: (e) =>
    count(e.limit) && count(e.current) && nonEmpty(e.mode) && (e.allocation_id === undefined || nonEmpty(e.allocation_id)) && (e.sender_number === undefined || p4(e.sender_number)) && (e.retry_after === undefined || count(e.retry_after)) && base(e),
  new_conversation_limit_reached: (e) =>
    nonEmpty(e.plan_id) && count(e.cap) && count(e.current) && (e.retry_after === undefined || count(e.retry_after)) && base(e),
};
