// Generated from src/catalog.ts by scripts/generate-table.ts. Do not edit.
import { count, details, matcher, nonEmpty, type FieldCheck } from "../field-checks/values.js";

const p0 = /* @__PURE__ */ matcher("^https?:\\/\\/\\S+$");
const p1 = /* @__PURE__ */ matcher("^[0-9]+(\\.[0-9]+)?$");
const p2 = /* @__PURE__ */ matcher("^[A-Z]{3}$");
const p3 = /* @__PURE__ */ matcher("^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}(\\.[0-9]+)?(Z|[+-][0-9]{2}:[0-9]{2})$");
const p4 = /* @__PURE__ */ matcher("^\\+[1-9][0-9]{1,14}$");

/** The members every code shares. */
export const base: FieldCheck = (e, m) => nonEmpty(m) && (e.param === undefined || nonEmpty(e.param)) && (e.details === undefined || details(e.details)) && (e.doc_url === undefined || p0(e.doc_url));

/** Each code whose members differ from the shared ones. */
export const fieldChecks: Readonly<Record<string, FieldCheck>> = {
  spend_limit_exceeded: (e, m) =>
    (e.period === undefined || nonEmpty(e.period)) && base(e, m),
  missing_required_parameter: (e, m) =>
    nonEmpty(e.param) && nonEmpty(m) && (e.details === undefined || details(e.details)) && (e.doc_url === undefined || p0(e.doc_url)),
  invalid_parameter_value: (e, m) =>
    nonEmpty(e.param) && nonEmpty(m) && (e.details === undefined || details(e.details)) && (e.doc_url === undefined || p0(e.doc_url)),
  inbound_only_no_prior_inbound: (e, m) =>
    nonEmpty(e.allocation_id) && nonEmpty(e.external_id) && base(e, m),
  traffic_not_routable: (e, m) =>
    nonEmpty(e.traffic_type) && base(e, m),
  semantic_validation_failed: (e, m) =>
    details(e.details) && nonEmpty(m) && (e.param === undefined || nonEmpty(e.param)) && (e.doc_url === undefined || p0(e.doc_url)),
  insufficient_balance: (e, m) =>
    (e.free_balance === undefined || p1(e.free_balance)) && (e.held_balance === undefined || p1(e.held_balance)) && p1(e.required_amount) && (e.currency === undefined || p2(e.currency)) && p0(e.topup_url) && base(e, m),
  rate_limit_exceeded: (e, m) =>
    (e.retry_after === undefined || count(e.retry_after)) && base(e, m),
  throttled: (e, m) =>
    (e.retry_after === undefined || count(e.retry_after)) && base(e, m),
  sandbox_quota_exceeded: (e, m) =>
    (e.limit === undefined || count(e.limit)) && (e.resets_at === undefined || p3(e.resets_at)) && (e.retry_after === undefined || count(e.retry_after)) && base(e, m),
  outbound_limit_reached: (e, m) =>
    count(e.limit) && count(e.current) && nonEmpty(e.mode) && (e.allocation_id === undefined || nonEmpty(e.allocation_id)) && (e.sender_number === undefined || p4(e.sender_number)) && (e.retry_after === undefined || count(e.retry_after)) && base(e, m),
  new_conversation_limit_reached: (e, m) =>
    nonEmpty(e.plan_id) && count(e.cap) && count(e.current) && (e.retry_after === undefined || count(e.retry_after)) && base(e, m),
};
