import type { Metadata } from "next";
import Link from "next/link";
import QRCode from "qrcode";
import { requirePageUserSettingUpTwoFactor } from "@/server/dal/session";
import { getMyTwoFactor } from "@/server/dal/two-factor";
import { Card, PageHeader, formatDate } from "@/app/_components/ui";
import { ConfirmEnrolment, StartEnrolmentForm, TurnOffForm } from "./two-factor-forms";

export const metadata: Metadata = { title: "Two-factor sign-in" };

/** The secret as apps let you type it: groups of four. */
function grouped(secret: string) {
  return secret.match(/.{1,4}/g)?.join(" ") ?? secret;
}

export default async function TwoFactorPage({ searchParams }: { searchParams: Promise<{ off?: string }> }) {
  const user = await requirePageUserSettingUpTwoFactor();
  const mine = getMyTwoFactor(user);
  const { off } = await searchParams;
  const enrolling =
    mine.state === "enrolling"
      ? { qrCode: await QRCode.toDataURL(mine.address, { margin: 1, width: 200 }), secret: grouped(mine.secret) }
      : null;

  return (
    <>
      <PageHeader title="Two-factor sign-in" subtitle="A code from an app on your phone, asked for after your password." />
      {mine.required && mine.state !== "on" ? (
        <p role="alert" className="mb-4 max-w-2xl rounded-md bg-amber-100 px-3 py-2 text-sm text-amber-950">
          Your workspace requires two-factor sign-in for your role. Set it up here to go on using Vigil.
        </p>
      ) : null}
      {off ? (
        <p role="status" className="mb-4 max-w-2xl rounded-md bg-green-50 px-3 py-2 text-sm text-green-900">
          Two-factor sign-in is off. Signing in now asks for your password only.
        </p>
      ) : null}
      <div className="max-w-2xl space-y-6">
        {/* Always drawn, so the recovery codes it shows after confirming stay on screen as the page redraws. */}
        <ConfirmEnrolment enrolling={enrolling} />
        {mine.state === "off" ? (
          <Card title="Turn on two-factor sign-in">
            <p className="mb-3 text-sm text-slate-700">
              With it on, a stolen or guessed password is not enough to get into your account. You need an authenticator app on your phone,
              such as Aegis, FreeOTP, Google Authenticator or 1Password.
            </p>
            <StartEnrolmentForm />
          </Card>
        ) : null}
        {mine.state === "on" ? (
          <Card title="Two-factor sign-in is on">
            <p className="text-sm text-slate-700">
              {`On since ${formatDate(mine.since)}. Recovery codes left: ${mine.unusedRecoveryCodes} of 10.`}
            </p>
            <h3 className="mt-4 mb-2 font-semibold text-slate-900">Turn it off</h3>
            <p className="mb-3 text-sm text-slate-600">
              To use another phone, turn it off here and set it up again. Lost your phone and your recovery codes? Ask an admin to reset it.
            </p>
            <TurnOffForm />
          </Card>
        ) : null}
        <p className="text-sm">
          <Link href="/account" className="link">
            ← Account
          </Link>
        </p>
      </div>
    </>
  );
}
