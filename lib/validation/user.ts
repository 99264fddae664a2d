import { z } from "zod";
import { ROLES } from "../domain/permissions";
import { requiredText } from "./fields";

/** OWASP ASVS: at least 12 characters, long passphrases accepted, no composition rules. */
export const passwordField = z
  .string({ error: "Password is required." })
  .min(12, { error: "Password must be at least 12 characters." })
  .max(128, { error: "Password must be 128 characters or fewer." });

export const emailField = z
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
    .max(128, { error: "Password must be 128 characters or fewer." }),
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

export const newUserSchema = z.object({
  name: requiredText("Name", 100),
  email: emailField,
  role: z.enum(ROLES, { error: "Choose a role." }),
  password: passwordField,
});

export type SignInInput = z.output<typeof signInSchema>;
export type FirstAdminInput = z.output<typeof firstAdminSchema>;
export type NewUserInput = z.output<typeof newUserSchema>;
