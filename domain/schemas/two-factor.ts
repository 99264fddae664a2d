import { z } from "zod";
import { readTypedCode } from "../two-factor";
import { ROLES } from "../permissions";

const CODE_REQUIRED = "Enter the code.";

/** A code from the authenticator app, or (where allowed) a recovery code. */
const codeField = (what: string, recoveryAllowed: boolean) =>
  z
    .string({ error: CODE_REQUIRED })
    .trim()
    .min(1, { error: CODE_REQUIRED })
    .max(40, { error: `That is not ${what}.` })
    .refine((v) => {
      const kind = readTypedCode(v).kind;
      return kind === "totp" || (recoveryAllowed && kind === "recovery");
    }, `That is not ${what}.`);

/** The sign-in's code step: the app's six digits or a recovery code. */
export const secondFactorSchema = z.object({
  code: codeField("a six-digit code or a recovery code", true),
});

/** Starting to set up an authenticator: the button says which, so a stray post starts nothing. */
export const startEnrolmentSchema = z.strictObject({
  start: z.literal("authenticator", { error: "Use the set-up button to start." }),
});

/** Confirming a new authenticator: only the app's code proves it holds the secret. */
export const enrolmentCodeSchema = z.object({
  code: codeField("a six-digit code from your app", false),
});

/** Turning two-factor off: the password and a code, so a borrowed session alone cannot. */
export const twoFactorOffSchema = z.object({
  password: z
    .string({ error: "Enter your password." })
    .min(1, { error: "Enter your password." })
    .max(128, { error: "That is not your password." }),
  code: codeField("a six-digit code or a recovery code", true),
});

/** The roles an admin requires a second factor of; none is a valid choice. */
export const twoFactorPolicySchema = z.strictObject({
  roles: z.array(z.enum(ROLES, { error: "Choose roles from the list." }), { error: "Choose roles from the list." }).max(ROLES.length),
});
