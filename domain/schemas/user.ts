import { z } from "zod";
import { ROLES } from "../permissions";
import { requiredText } from "./fields";

/** Characters as a person counts them (an emoji is one), not UTF-16 code units. */
const characterCount = (v: string) => Array.from(v).length;

const PASSWORD_MIN = 12;
const PASSWORD_MAX = 128;
export const PASSWORD_HINT = `At least ${PASSWORD_MIN} characters; a passphrase of several words works well. Any characters are allowed.`;

/**
 * OWASP ASVS: at least 12 characters, long passphrases accepted (up to 128), no
 * composition rules, and no trimming: spaces are part of the password.
 */
export const passwordField = z
  .string({ error: "Password is required." })
  .refine((v) => v.length > 0, { error: "Password is required.", abort: true })
  .refine((v) => characterCount(v) >= PASSWORD_MIN, { error: `Password must be at least ${PASSWORD_MIN} characters.`, abort: true })
  .refine((v) => characterCount(v) <= PASSWORD_MAX, { error: `Password must be ${PASSWORD_MAX} characters or fewer.` });

function withConfirmation<T extends z.ZodObject<{ password: typeof passwordField; confirmPassword: z.ZodString }>>(schema: T) {
  return schema.refine((v) => v.password === v.confirmPassword, {
    path: ["confirmPassword"],
    error: "The passwords do not match.",
  });
}

const emailField = z
  .string({ error: "Email is required." })
  .trim()
  .toLowerCase()
  .min(1, { error: "Email is required." })
  .max(254, { error: "Email must be 254 characters or fewer." })
  .pipe(z.email({ error: "Enter a valid email address." }));

export const signInSchema = z.object({
  email: emailField,
  password: z
    .string({ error: "Password is required." })
    .min(1, { error: "Password is required." })
    .refine((v) => characterCount(v) <= PASSWORD_MAX, { error: `Password must be ${PASSWORD_MAX} characters or fewer.` }),
});

export const firstAdminSchema = z
  .object({
    name: requiredText("Name", 100),
    email: emailField,
    password: passwordField,
    confirmPassword: z.string(),
  })
  .refine((v) => v.password === v.confirmPassword, {
    path: ["confirmPassword"],
    error: "The passwords do not match.",
  });

const roleField = z.enum(ROLES, { error: "Choose a role." });

export const newUserSchema = withConfirmation(
  z.object({
    name: requiredText("Name", 100),
    email: emailField,
    role: roleField,
    password: passwordField,
    confirmPassword: z.string(),
  }),
);

export const roleChangeSchema = z.object({ role: roleField });

/** An admin sets a new password for someone who lost theirs. */
export const passwordResetSchema = withConfirmation(z.object({ password: passwordField, confirmPassword: z.string() }));

/** A user changes their own password: the current one proves it is them. */
export const passwordChangeSchema = withConfirmation(
  z.object({
    currentPassword: z
      .string({ error: "Enter your current password." })
      .min(1, { error: "Enter your current password." })
      .max(PASSWORD_MAX, { error: "Password is incorrect." }),
    password: passwordField,
    confirmPassword: z.string(),
  }),
).refine((v) => v.password !== v.currentPassword, {
  path: ["password"],
  error: "Choose a password different from your current one.",
});

export type NewUserInput = z.output<typeof newUserSchema>;
export type PasswordChangeInput = z.output<typeof passwordChangeSchema>;
