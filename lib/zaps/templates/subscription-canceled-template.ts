import type { ZapTemplate } from "@/lib/zaps/templates/zap-template";

export const subscriptionCanceledTemplate: ZapTemplate = {
  key: "subscription-canceled",
  name: "Subscription canceled → update the person and track the cancellation",
  description: "Marks the person as canceled in Customer.io (status, when and why) and tracks a subscription_canceled event, so a win-back campaign can start.",
  definition: {
    trigger: { app: "stripe", key: "subscription_canceled", connectionId: null, options: {} },
    filter: null,
    steps: [
      {
        id: "person",
        app: "customerio",
        key: "identify_person",
        connectionId: null,
        inputs: {
          personId: "{{trigger.customer}}",
          attributes: [
            { key: "subscription_status", value: "{{trigger.status}}" },
            { key: "canceled_at", value: "{{trigger.canceled_at | date}}" },
            { key: "cancellation_reason", value: "{{trigger.cancellation_details.reason}}" },
          ],
        },
      },
      {
        id: "event",
        app: "customerio",
        key: "track_event",
        connectionId: null,
        inputs: {
          personId: "{{trigger.customer}}",
          name: "subscription_canceled",
          data: [
            { key: "subscription_id", value: "{{trigger.id}}" },
            { key: "plan", value: "{{trigger.items.data.0.price.nickname}}" },
            { key: "reason", value: "{{trigger.cancellation_details.reason}}" },
            { key: "feedback", value: "{{trigger.cancellation_details.feedback}}" },
            { key: "comment", value: "{{trigger.cancellation_details.comment}}" },
            { key: "ended_at", value: "{{trigger.ended_at | date}}" },
          ],
        },
      },
    ],
  },
};
