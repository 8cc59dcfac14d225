// Checks Customer.io credentials with real calls before they are saved:
// - site ID + Track API key: GET /api/v1/accounts/region (Basic auth), Customer.io's documented
//   credential check. It answers for a workspace of either region, and says which one it is in.
// - App API key, when given: GET /v1/customers?email=… (the SDK's getCustomersByEmail), a read that
//   changes nothing and needs only a valid App API key of the chosen region.
import type { UserMessage } from "@/lib/i18n/user-message";
import { z } from "zod";
import { callCustomerio } from "@/lib/catalog/customerio/call-customerio";
import { classifyCustomerioError } from "@/lib/catalog/customerio/classify-customerio-error";
import { createCustomerioClient, type CustomerioConnectionSettings } from "@/lib/catalog/customerio/create-customerio-client";
import type { CustomerioConnectionField } from "@/lib/catalog/customerio/connection/customerio-connection-schema";
import { customerioBaseUrls } from "@/lib/catalog/customerio/customerio-base-urls";
import type { ConnectionError } from "@/lib/connections/connection-error";

export type VerifyCustomerioCredentialsResult =
  | { ok: true; region: "us" | "eu"; environmentId: number | null }
  | { ok: false; field: CustomerioConnectionField | "form"; message: string; error: ConnectionError };

/** An address no workspace is expected to hold: the lookup only proves the key is accepted. */
export const APP_KEY_PROBE_EMAIL = "conduit-credential-check@example.com";
const TIMEOUT_MS = 10_000;
const REGION_NAMES = { us: "US", eu: "EU" } as const;
const CREDENTIALS_PAGE = "Settings → Workspace Settings → API and webhook credentials";

const regionAnswerSchema = z.object({
  region: z.string().transform((region) => region.toLowerCase()),
  environment_id: z.number().optional(),
});

export async function verifyCustomerioCredentials({
  settings,
  trackUrl = customerioBaseUrls({ region: settings.region }).trackUrl,
  appUrl = customerioBaseUrls({ region: settings.region }).appUrl,
  timeoutMs = TIMEOUT_MS,
}: {
  settings: CustomerioConnectionSettings;
  /** Track API base URL instead of the region's (stand-ins, proxies); defaults to the region's variable (customerio-base-urls.ts). */
  trackUrl?: string;
  /** App API base URL instead of the region's; defaults to the region's variable. */
  appUrl?: string;
  timeoutMs?: number;
}): Promise<VerifyCustomerioCredentialsResult> {
  const client = createCustomerioClient({ settings, trackUrl, appUrl, timeoutMs });

  let answer: unknown;
  try {
    answer = await callCustomerio({ api: "track", operation: "Checking the Track API key", call: () => client.track.getAccountRegion() });
  } catch (error) {
    const { status, message, userMessage } = classifyCustomerioError({ error });
    if (status === 401 || status === 403) {
      return {
        ok: false,
        field: "trackApiKey",
        error: { code: "customerio.trackKeyRejected" },
        message: `Customer.io did not accept this site ID and Track API key. Copy both again from ${CREDENTIALS_PAGE} → Tracking API keys in Customer.io.`,
      };
    }
    return {
      ok: false,
      field: "form",
      message: unavailable({ what: "the site ID and Track API key", message }),
      error: unavailableError({ what: "trackKey", detail: userMessage }),
    };
  }

  const parsed = regionAnswerSchema.safeParse(answer);
  const region = parsed.success ? parsed.data.region : undefined;
  if (region !== "us" && region !== "eu") {
    return {
      ok: false,
      field: "form",
      error: { code: "customerio.unexpectedAnswer" },
      message: "Customer.io answered the credential check in an unexpected way, so Conduit cannot tell the workspace's region. Try again in a moment.",
    };
  }
  if (region !== settings.region) {
    return {
      ok: false,
      field: "region",
      message: `This workspace is in the ${REGION_NAMES[region]} region: choose ${REGION_NAMES[region]}.`,
      error: { code: "customerio.wrongRegion", values: { region: REGION_NAMES[region] } },
    };
  }

  const app = client.app;
  if (app) {
    try {
      await callCustomerio({ api: "app", operation: "Checking the App API key", call: () => app.getCustomersByEmail(APP_KEY_PROBE_EMAIL) });
    } catch (error) {
      const { status, message, userMessage } = classifyCustomerioError({ error });
      if (status === 401) {
        return {
          ok: false,
          field: "appApiKey",
          error: { code: "customerio.appKeyRejected", values: { region: REGION_NAMES[region] } },
          message: `Customer.io did not accept this App API key in the ${REGION_NAMES[region]} region. Copy it from ${CREDENTIALS_PAGE} → App API keys, or leave the field empty if you will not send transactional email.`,
        };
      }
      if (status === 403) {
        return {
          ok: false,
          field: "appApiKey",
          error: { code: "customerio.appKeyForbidden" },
          message:
            "Customer.io accepted this App API key but refused it access to this workspace. Create an App API key for this workspace, or leave the field empty if you will not send transactional email.",
        };
      }
      return {
        ok: false,
        field: "form",
        message: unavailable({ what: "the App API key", message }),
        error: unavailableError({ what: "appKey", detail: userMessage }),
      };
    }
  }

  return { ok: true, region, environmentId: parsed.data?.environment_id ?? null };
}

function unavailable({ what, message }: { what: string; message: string }): string {
  return `Conduit could not check ${what}: ${message} Nothing was saved; try again in a moment.`;
}

function unavailableError({ what, detail }: { what: "trackKey" | "appKey"; detail: UserMessage }): ConnectionError {
  return { code: "customerio.unavailable", values: { what, detail } };
}
