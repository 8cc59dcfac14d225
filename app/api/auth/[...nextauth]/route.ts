import NextAuth from "next-auth";
import { authOptions } from "@/lib/auth/auth-options";

type Handler = (request: Request, context: { params: Promise<{ nextauth: string[] }> }) => Promise<Response>;

const nextAuth: Handler = (request, context) => NextAuth(authOptions())(request, context);

// A callbackUrl with a broken %-escape reaches here decoded to U+FFFD, on which next-auth answered
// 500. (server/web.ts refuses such URLs already; this covers `next dev`.)
const handler: Handler = (request, context) => {
  if (new URL(request.url).searchParams.get("callbackUrl")?.includes("\uFFFD")) {
    return Promise.resolve(
      Response.json({ error: "The callbackUrl in this address is malformed (an invalid %-escape). Check the link and try again." }, { status: 400 }),
    );
  }
  return nextAuth(request, context);
};

// Credentials are only ever POSTed; next-auth answered a GET of their callback with a 500.
const get: Handler = async (request, context) => {
  const [action, provider] = (await context.params).nextauth;
  if (action === "callback" && provider === "credentials") {
    return Response.json(
      { error: "Sign in by POSTing email and password (the sign-in page does this); GET is not supported here." },
      { status: 405, headers: { Allow: "POST" } },
    );
  }
  return handler(request, context);
};

export { get as GET, handler as POST };
