import { z } from "zod";

// Button-only forms: each sends one fixed value, so anything else is refused outright.

export const endSessionSchema = z.strictObject({
  sessionId: z.string().regex(/^[0-9a-f-]{36}$/, "That session does not exist."),
});

export const endOtherSessionsSchema = z.strictObject({ end: z.literal("others") });

export const endEveryonesSessionsSchema = z.strictObject({ end: z.literal("everyone") });

export const dismissSignInNoticesSchema = z.strictObject({ dismiss: z.literal("sign-in-notices") });
