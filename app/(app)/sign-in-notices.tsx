import Link from "next/link";
import type { Actor } from "@/domain/permissions";
import { getSignInNotices } from "@/server/dal/sessions";
import { ActionButton } from "@/app/_components/action-button";
import { formatDateTime } from "@/app/_components/ui";
import { dismissSignInNoticesAction } from "./account/sessions/actions";

/** Tells a user, in their other browsers, that their account was signed in to from a new one. */
export async function SignInNotices({ user }: { user: Actor }) {
  const notices = await getSignInNotices(user);
  if (notices.length === 0) return null;
  return (
    <section aria-labelledby="sign-in-notice-heading" className="border-b border-amber-300 bg-amber-50 px-4 py-3">
      <div className="mx-auto flex max-w-6xl flex-wrap items-start justify-between gap-3">
        <div className="text-sm text-amber-950">
          <h2 id="sign-in-notice-heading" className="font-semibold">
            {notices.length === 1 ? "A new browser signed in to your account" : "New browsers signed in to your account"}
          </h2>
          <ul className="mt-1 list-disc pl-5">
            {notices.map((n) => (
              <li key={n.id}>
                {`${n.browser}, ${formatDateTime(n.startedAt)}`}
                {n.clientAddress ? `, from ${n.clientAddress}` : ""}
              </li>
            ))}
          </ul>
          <p className="mt-1">
            If this was not you,{" "}
            <Link href="/account/sessions" className="link">
              end that session
            </Link>{" "}
            and change your password.
          </p>
        </div>
        <ActionButton
          action={dismissSignInNoticesAction}
          args={[{ dismiss: "sign-in-notices" }]}
          label="It was me"
          pendingLabel="Setting aside…"
          formLabel="Set the sign-in notice aside"
        />
      </div>
    </section>
  );
}
