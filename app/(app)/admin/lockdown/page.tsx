import type { Metadata } from "next";
import { requirePageAdmin } from "@/server/dal/session";
import { lockdownMode } from "@/server/dal/workspace";
import { Card, PageHeader } from "@/app/_components/ui";
import { LockdownForm } from "./lockdown-form";

export const metadata: Metadata = { title: "Lockdown" };

export default async function LockdownPage() {
  await requirePageAdmin();
  return (
    <>
      <PageHeader title="Lockdown" subtitle="For an emergency: a raid, a seized laptop, an account you no longer trust." />
      <Card title="Lock the workspace down" className="max-w-2xl">
        <ul className="mb-4 list-disc space-y-1 pl-5 text-sm text-slate-700">
          <li>
            <strong>Read-only</strong>: everyone can still read what they may see, but every change is refused, yours too, with a banner on
            every page, until you open Vigil again here.
          </li>
          <li>
            <strong>Admins only</strong>: everyone who is not an admin is signed out at once and cannot sign in until you open Vigil again.
            Their sessions stay ended after that.
          </li>
        </ul>
        <p className="mb-4 text-sm text-slate-700">Each switch is recorded in the audit log and holds across restarts.</p>
        <LockdownForm mode={lockdownMode()} />
      </Card>
    </>
  );
}
