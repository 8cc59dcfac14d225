// defineAction with the client fixed to Customer.io's, so each action's run() is typed without
// annotations while its inputs and output are still inferred.
import { defineAction, type ActionDefinition } from "@/lib/catalog/define";
import type { Fields } from "@/lib/catalog/field";
import type { CustomerioClient } from "@/lib/catalog/customerio/create-customerio-client";

export function defineCustomerioAction<const F extends Fields, Output>(
  action: ActionDefinition<F, CustomerioClient, Output>,
): ActionDefinition<F, CustomerioClient, Output> {
  return defineAction(action);
}
