import type { Metadata } from "next";
import { requirePageAdmin } from "@/server/dal/session";
import { Card, PageHeader } from "@/app/_components/ui";
import { NewUserForm } from "./new-user-form";

export const metadata: Metadata = { title: "New user" };

export default async function NewUserPage() {
  await requirePageAdmin();
  return (
    <>
      <PageHeader
        title="New user"
        subtitle="Give the person their email and password over a channel you trust; they can change the password under Account."
      />
      <Card className="max-w-xl">
        <NewUserForm />
      </Card>
    </>
  );
}
