import { SendEmailRequest, type SendEmailRequestOptions } from "customerio-node";
import { field } from "@/lib/catalog/field";
import { callCustomerio } from "@/lib/catalog/customerio/call-customerio";
import { CustomerioInputError } from "@/lib/catalog/customerio/customerio-errors";
import { defineCustomerioAction } from "@/lib/catalog/customerio/define-customerio-action";
import { said } from "@/lib/i18n/user-message";

export const sendTransactionalEmail = defineCustomerioAction({
  key: "send_transactional_email",
  name: "Send transactional email",
  description: "Sends one email, such as a receipt, from a transactional message you set up in Customer.io.",
  inputs: {
    transactionalMessageId: field.text({
      label: "Transactional message",
      required: true,
      help: "The number or trigger name of the transactional message in Customer.io (in its URL: /transactional/3/… means 3).",
      example: "3",
    }),
    to: field.text({
      label: "To",
      required: true,
      help: "The address to send to, optionally with a name.",
      example: "Jenny Rosen <jenny.rosen@example.com>",
    }),
    identifierType: field.select({
      label: "Person identified by",
      options: [
        { value: "email", label: "Email" },
        { value: "id", label: "ID" },
      ],
      default: "email",
      help: "Customer.io files the email under this person, and creates them if needed.",
    }),
    identifier: field.text({
      label: "Person ID or email",
      required: true,
      maxBytes: 150,
      help: "The person's email address or ID, matching the choice above.",
      example: "jenny.rosen@example.com",
    }),
    messageData: field.keyValue({
      label: "Message data",
      help: "Values the message's template uses, such as the amount or the receipt link.",
      example: "amount = $20.00",
    }),
    subject: field.text({ label: "Subject", help: "Replaces the message's subject. Leave empty to keep it.", example: "Your receipt" }),
    from: field.text({
      label: "From",
      help: "Replaces the sender; it must be a sender your workspace has verified.",
      example: "Billing <billing@example.com>",
    }),
    replyTo: field.text({ label: "Reply to", help: "Where replies go, instead of the sender.", example: "support@example.com" }),
  },
  outputFields: [
    { path: "deliveryId", label: "Delivery ID", type: "string", example: "RAECAAFwnUSneIa0ZXkmq8EdkAM==" },
    { path: "queuedAt", label: "Queued at", type: "timestamp", example: 1700000000 },
  ],
  // Each accepted request sends one more email. Customer.io's App API documents no idempotency key or
  // deduplication field for POST /v1/send/email (its body: to, identifiers, transactional_message_id,
  // message_data, overrides such as from/subject/body, email headers, attachments, send_at, queue_draft,
  // tracked, disable_message_retention, send_to_unsubscribed, language; no Idempotency-Key header), so
  // a request whose answer was lost is never sent again without the owner's word.
  idempotent: false,
  effect: "sent this email",
  async run({ input, client }) {
    const messageId = /^\d+$/.test(input.transactionalMessageId) ? Number(input.transactionalMessageId) : input.transactionalMessageId;
    // The SDK keeps from, subject and reply_to, and silently drops keys it does not know.
    const options: SendEmailRequestOptions & { subject?: string; from?: string } = {
      transactional_message_id: messageId,
      to: input.to,
      identifiers: input.identifierType === "id" ? { id: input.identifier } : { email: input.identifier },
      ...(input.messageData === undefined ? {} : { message_data: input.messageData }),
      ...(input.subject === undefined ? {} : { subject: input.subject }),
      ...(input.from === undefined ? {} : { from: input.from }),
      ...(input.replyTo === undefined ? {} : { reply_to: input.replyTo }),
    };
    const result = await callCustomerio({
      api: "app",
      operation: "Send transactional email",
      call: () => {
        if (!client.app) throw new CustomerioInputError(said("runErrors.customerio.needsAppApiKey"));
        return client.app.sendEmail(new SendEmailRequest(options));
      },
    });
    const deliveryId: unknown = result.delivery_id;
    const queuedAt: unknown = result.queued_at;
    return { deliveryId: typeof deliveryId === "string" ? deliveryId : null, queuedAt: typeof queuedAt === "number" ? queuedAt : null };
  },
});
