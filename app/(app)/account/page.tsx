import type { Metadata } from "next";
import Link from "next/link";
import { requirePageUser } from "@/server/dal/session";
import { getMyTwoFactor } from "@/server/dal/two-factor";
import { ROLE_LABELS } from "@/domain/permissions";
import { Card, PageHeader } from "@/app/_components/ui";
import { PasswordChangeForm } from "./password-change-form";

export const metadata: Metadata = { title: "Account" };

export default async function AccountPage({ searchParams }: { searchParams: Promise<{ changed?: string }> }) {
  const user = await requirePageUser();
  const { changed } = await searchParams;
  const twoFactor = getMyTwoFactor(user);
  return (
    <>
      <PageHeader
        title="Account"
        subtitle={
          <>
            <bdi>{user.name}</bdi> · <bdi>{user.email}</bdi> · {ROLE_LABELS[user.role]}
          </>
        }
      />
      {changed ? (
        <p role="status" className="mb-4 max-w-xl rounded-md bg-green-50 px-3 py-2 text-sm text-green-900">
          Password changed. Sessions you had open elsewhere have been signed out.
        </p>
      ) : null}
      <Card title="Change password" className="max-w-xl">
        <PasswordChangeForm />
      </Card>
      <Card title="Two-factor sign-in" className="mt-6 max-w-xl">
        <p className="text-sm text-slate-700">
          {twoFactor.state === "on"
            ? "On: signing in asks for a code from your authenticator app after your password."
            : "Off: your password alone signs you in."}{" "}
          <Link href="/account/two-factor" className="link">
            {twoFactor.state === "on" ? "Manage two-factor sign-in" : "Set up two-factor sign-in"}
          </Link>
        </p>
      </Card>
      <Card title="Sessions" className="mt-6 max-w-xl">
        <p className="text-sm text-slate-700">
          See every browser signed in to your account and end the ones you do not use.{" "}
          <Link href="/account/sessions" className="link">
            Your sessions
          </Link>
        </p>
      </Card>
    </>
  );
}
