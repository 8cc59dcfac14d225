/** How long a sign-in lasts: 14 days, not extended by activity. Documented in README.md. */
export const SESSION_MAX_AGE_SECONDS = 14 * 24 * 60 * 60;
