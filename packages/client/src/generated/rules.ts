// Generated from @errata/catalog/zod by scripts/generate-rules.ts. Do not edit.
import type { Rules } from "../fits.js";

export const base: Rules = {"message":"s","param":"?s","details":"?d","doc_url":"?/^https?:\\/\\/\\S+$"};

export const rules: Readonly<Record<string, Rules | readonly Rules[]>> = {
  spend_limit_exceeded: {"period":"=daily|monthly"},
  missing_required_parameter: {"param":"s"},
  invalid_parameter_value: {"param":"s"},
  validation_failed: {"details":"d"},
  inbound_only_no_prior_inbound: {"allocation_id":"s","external_id":"s"},
  traffic_not_routable: {"traffic_type":"s"},
  semantic_validation_failed: {"details":"d"},
  insufficient_balance: {"free_balance":"/^[0-9]+(\\.[0-9]+)?$","held_balance":"/^[0-9]+(\\.[0-9]+)?$","required_amount":"/^[0-9]+(\\.[0-9]+)?$","currency":"/^[A-Z]{3}$","topup_url":"/^https?:\\/\\/\\S+$"},
  rate_limit_exceeded: {"retry_after":"?i"},
  throttled: {"retry_after":"?i"},
  sandbox_quota_exceeded: {"limit":"i","resets_at":"/^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}(\\.[0-9]+)?(Z|[+-][0-9]{2}:[0-9]{2})$","retry_after":"?i"},
  outbound_limit_reached: [{"limit":"i","current":"i","mode":"=per_number","allocation_id":"s","sender_number":"/^\\+[1-9][0-9]{1,14}$","retry_after":"?i"},{"limit":"i","current":"i","mode":"=total","allocation_id":"?s","sender_number":"?/^\\+[1-9][0-9]{1,14}$","retry_after":"?i"}],
  new_conversation_limit_reached: {"plan_id":"s","cap":"i","current":"i","retry_after":"?i"},
};
