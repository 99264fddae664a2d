import { isDemo, lockdownMode } from "@/server/dal/workspace";
import { requirePageUserSettingUpTwoFactor } from "@/server/dal/session";
import { NavBar } from "@/app/_components/nav-bar";
import { canManageUsers, ROLE_LABELS } from "@/domain/permissions";
import { SignInNotices } from "./sign-in-notices";
import { countUnreadNotifications } from "@/server/dal/notifications";

// Every page in this group needs a signed-in, active user; the check runs on the server.
// Each page checks again with its own rule: most send a user who must still set up a second
// factor to that page, which this layout also frames.
export default async function AppLayout({ children }: { children: React.ReactNode }) {
  const user = await requirePageUserSettingUpTwoFactor();
  const demo = isDemo();
  const lockdown = lockdownMode();
  return (
    <>
      <a
        href="#main"
        className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-50 focus:rounded focus:bg-white focus:px-3 focus:py-2 focus:text-slate-900"
      >
        Skip to content
      </a>
      {demo ? (
        <div role="note" className="bg-amber-200 px-4 py-1.5 text-center text-sm font-medium text-amber-950">
          Demo workspace: the records here are examples for trying Vigil out. Do not enter real case data.
        </div>
      ) : null}
      {lockdown !== "off" ? (
        <div role="status" className="bg-red-700 px-4 py-2 text-center text-sm font-semibold text-white">
          {lockdown === "read-only"
            ? "Vigil is read-only for now: an admin has paused all changes. You can read, but nothing you change will be saved."
            : "Vigil is open to admins only for now: everyone else is signed out."}
        </div>
      ) : null}
      <NavBar
        userName={user.name}
        roleLabel={ROLE_LABELS[user.role]}
        showAdmin={canManageUsers(user)}
        unread={countUnreadNotifications(user)}
      />
      <SignInNotices user={user} />
      <main id="main" className="mx-auto max-w-6xl px-4 py-8">
        {children}
      </main>
    </>
  );
}
