import type { Metadata } from "next";
import { requirePageAdmin } from "@/server/dal/session";
import { listUserGroups } from "@/server/dal/user-groups";
import { listUsers } from "@/server/dal/users";
import { Card, PageHeader } from "@/app/_components/ui";
import { GroupForm } from "./group-form";

export const metadata: Metadata = { title: "Groups" };

/** Named groups of people a restricted case's team can name at once ("Iran team", "Legal"). */
export default async function GroupsPage() {
  const user = await requirePageAdmin();
  const groups = listUserGroups(user);
  const people = listUsers(user)
    .filter((u) => u.active)
    .map((u) => ({ id: u.id, name: u.name }));
  return (
    <>
      <PageHeader
        title="Groups"
        subtitle="A restricted case's team can name a group instead of each of its people. Whoever is in the group sees the cases it is on; someone taken out stops seeing them at once."
      />
      <div className="space-y-6">
        <Card title="New group">
          <GroupForm people={people} />
        </Card>
        {groups.map((g) => (
          <Card key={g.id} title={<bdi>{g.name}</bdi>} headingLevel={2}>
            <GroupForm people={people} group={g} />
          </Card>
        ))}
      </div>
    </>
  );
}
