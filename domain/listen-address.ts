/**
 * Where `npm start` listens, and when it refuses to. The demo accounts' password is
 * published (README, the sign-in page of the demo), so a server that other machines can
 * reach must not let anyone sign in with it.
 */

/** Only this machine can reach the server unless HOST says otherwise. */
export const DEFAULT_HOST = "127.0.0.1";

/** HOST, or the loopback default when it is unset or blank. */
export function listenHost(host: string | undefined): string {
  return host?.trim() || DEFAULT_HOST;
}

/** 127.0.0.0/8, ::1 and localhost: addresses no other machine can connect to. */
export function isLoopbackHost(host: string): boolean {
  const h = host.trim().toLowerCase();
  return h === "localhost" || h === "::1" || /^127(\.\d{1,3}){3}$/.test(h);
}

export interface ExposureCheck {
  host: string;
  /** Demo accounts that are active and still sign in with the published password. */
  openDemoAccounts: readonly string[];
  /** The database has no accounts yet and is about to be seeded with the demo ones. */
  demoAboutToBeSeeded: boolean;
  /** The published demo password, to name in the message. */
  demoPassword: string;
}

/**
 * Why the server must not start, or null when it may. It may always start on a loopback
 * address; beyond it, only once no demo account can be signed in to with the published password.
 */
export function exposureRefusal({ host, openDemoAccounts, demoAboutToBeSeeded, demoPassword }: ExposureCheck): string | null {
  if (isLoopbackHost(host) || openDemoAccounts.length === 0) return null;
  const accounts = openDemoAccounts.join(", ");
  if (demoAboutToBeSeeded) {
    return [
      `Refusing to start on ${host}: this new database would get the demo accounts (${accounts}) with the ` +
        `published password "${demoPassword}", and anyone who can reach the server could sign in with them.`,
      "To go on, either:",
      "  - start an empty workspace on this database: VIGIL_DEMO=0 npm start (the first visit asks you to create the first admin account); or",
      "  - try the demo on this machine only: leave HOST unset (it defaults to 127.0.0.1).",
    ].join("\n");
  }
  return [
    `Refusing to start on ${host}: the demo accounts ${accounts} are active and still sign in with the ` +
      `published password "${demoPassword}", so anyone who can reach the server could sign in with them.`,
    "To go on, either:",
    "  - start on this machine only (leave HOST unset: it defaults to 127.0.0.1), sign in as an admin, create real",
    "    accounts under Users (/admin/users), then deactivate the demo accounts or reset their passwords, and start again; or",
    "  - start a new, empty workspace: VIGIL_DEMO=0 with DATABASE_PATH set to a new file (the first visit asks you",
    "    to create the first admin account).",
  ].join("\n");
}
