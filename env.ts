import { z } from "zod";

/**
 * Every environment variable Vigil reads, parsed in one place (README "Configuration").
 * A value that cannot be used fails with a message naming the variable, instead of
 * quietly falling back; unset ones take their defaults.
 */

const onOff = (name: string) => z.enum(["0", "1"], { error: `${name} must be 0 or 1.` });
const positive = (name: string) =>
  z.coerce.number({ error: `${name} must be a number.` }).positive({ error: `${name} must be a positive number.` });
const optionalText = z
  .string()
  .optional()
  .transform((v) => v?.trim() || undefined);

const envSchema = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  /** Where `npm start` serves; `HOST` is loopback unless set (domain/listen-address.ts). */
  PORT: z.coerce.number({ error: "PORT must be a port number." }).int().min(1).max(65_535).default(3000),
  HOST: optionalText,
  /** The SQLite file; its folder also holds the sign-in secret. */
  DATABASE_PATH: optionalText,
  AUTH_SECRET: optionalText,
  /** 0: a new database starts empty instead of as the demo workspace. */
  VIGIL_DEMO: onOff("VIGIL_DEMO").default("1"),
  VIGIL_SESSION_MAX_HOURS: positive("VIGIL_SESSION_MAX_HOURS").default(12),
  VIGIL_SESSION_IDLE_MINUTES: positive("VIGIL_SESSION_IDLE_MINUTES").default(30),
  VIGIL_BACKUP_DIR: optionalText,
  /** An age public key (`age1…`): `npm run backup` encrypts to it, so only its identity file reads the backup. */
  VIGIL_BACKUP_RECIPIENT: optionalText.refine((v) => v === undefined || /^age1[0-9a-z]+$/.test(v), {
    error: "VIGIL_BACKUP_RECIPIENT must be an age public key (age1…), as `npm run backup:keygen` prints.",
  }),
  /** 1: `npm start` builds again even when a build exists. */
  VIGIL_REBUILD: onOff("VIGIL_REBUILD").default("0"),
  /** 1: a reverse proxy in front is trusted for the client's address and the https it received. */
  VIGIL_TRUST_PROXY: onOff("VIGIL_TRUST_PROXY").default("0"),
});

export type Env = z.output<typeof envSchema>;

const NAMES = Object.keys(envSchema.shape) as (keyof Env)[];
let cached: { key: string; env: Env } | null = null;

/**
 * The parsed environment. Parsed again only when one of its variables changed (tests and
 * the start script set some before the server reads them).
 */
export function readEnv(source: Record<string, string | undefined> = process.env): Env {
  const key = NAMES.map((name) => `${name}=${source[name] ?? ""}`).join("\n");
  if (cached?.key === key) return cached.env;
  const parsed = envSchema.safeParse(Object.fromEntries(NAMES.map((name) => [name, source[name] === "" ? undefined : source[name]])));
  if (!parsed.success) {
    throw new Error(`Vigil's configuration is not usable: ${parsed.error.issues.map((i) => i.message).join(" ")}`);
  }
  cached = { key, env: parsed.data };
  return parsed.data;
}
