// The probe's attack, replayed through next-auth's authorize (the real caller of clientAddress):
// X-Forwarded-For is the client's own text unless TRUST_PROXY says a proxy wrote it, so rotating it
// must not reset per-address limits, and writing an address the owner used must not borrow the
// owner's exemption from the per-account limit.
import { randomBytes, randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { CLIENT_ADDRESS_HEADER } from "@/lib/auth/client-address";
import { reloadWithEnv } from "@/test/reload-with-env";

const PASSWORD = "orbit-canyon-lantern-42";
type Authorize = (credentials: Record<string, string>, request: { headers: Record<string, string> }) => Promise<unknown>;
let authorize: Authorize;
let createUser: typeof import("@/lib/auth/create-user").createUser;

beforeAll(async () => {
  reloadWithEnv({ TRUST_PROXY: "" });
  delete process.env.TRUST_PROXY;
  const { authOptions } = await import("@/lib/auth/auth-options");
  ({ createUser } = await import("@/lib/auth/create-user"));
  const provider = authOptions().providers[0] as unknown as { options: { authorize: Authorize } };
  authorize = provider.options.authorize;
});

const randomAddress = () => `2001:db8:${randomBytes(2).toString("hex")}::${randomBytes(2).toString("hex")}`;
const attempt = ({ email, password, socket, forwardedFor }: { email: string; password: string; socket: string; forwardedFor: string }) =>
  authorize({ email, password }, { headers: { [CLIENT_ADDRESS_HEADER]: socket, "x-forwarded-for": forwardedFor, "user-agent": "vitest" } }).then(
    () => "signed in",
    (error: Error) => error.message,
  );

async function newUser(): Promise<string> {
  const email = `spoof-${randomUUID()}@example.com`;
  if (!(await createUser({ input: { email, password: PASSWORD } })).ok) throw new Error("could not create the test user");
  return email;
}

describe("X-Forwarded-For without TRUST_PROXY", () => {
  it("rotating it does not escape the per-address limit of one socket address", async () => {
    const socket = randomAddress();
    const answers: string[] = [];
    // A different account and a different forged address each time: only the address limit (20) applies.
    for (let index = 0; index < 22; index += 1) {
      answers.push(await attempt({ email: `nobody-${randomUUID()}@example.com`, password: "wrong-password", socket, forwardedFor: randomAddress() }));
    }
    expect(answers.slice(0, 20)).toEqual(Array(20).fill("Wrong email or password."));
    expect(answers[21]).toMatch(/^Too many sign-in attempts\. Try again in/);
  });

  it("writing an address the owner signed in from does not lift the per-account limit", async () => {
    const email = await newUser();
    const ownerAddress = randomAddress();
    expect(await attempt({ email, password: PASSWORD, socket: ownerAddress, forwardedFor: "" })).toBe("signed in");
    // A spray from many sockets (one failure each) uses up the account's allowance of 50.
    for (let index = 0; index < 51; index += 1) {
      await attempt({ email, password: "wrong-password", socket: randomAddress(), forwardedFor: "" });
    }
    // The attacker claims the owner's address: still a stranger, still blocked.
    expect(await attempt({ email, password: "wrong-password", socket: randomAddress(), forwardedFor: ownerAddress })).toMatch(/^Too many sign-in attempts/);
    // The owner, really at that address, is exempt and gets in.
    expect(await attempt({ email, password: PASSWORD, socket: ownerAddress, forwardedFor: "" })).toBe("signed in");
  }, 60_000);
});
