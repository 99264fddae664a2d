"use client";

import { useState } from "react";
import { useRouter } from "next/navigation";
import { Button, FormError, FormSuccess, inputClass } from "@/app/_components/ui";
import { createUserGroupAction, updateUserGroupAction } from "./actions";

interface Props {
  people: { id: number; name: string }[];
  group?: { id: number; name: string; version: number; members: { id: number }[] };
}

/** Creates a group, or renames one and sets who is in it. */
export function GroupForm({ people, group }: Props) {
  const router = useRouter();
  const [name, setName] = useState(group?.name ?? "");
  const [memberIds, setMemberIds] = useState(group?.members.map((m) => m.id) ?? []);
  const [error, setError] = useState<string | null>(null);
  const [nameError, setNameError] = useState<string | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const prefix = group ? `group-${group.id}` : "new-group";

  async function save(event: React.FormEvent) {
    event.preventDefault();
    setBusy(true);
    setError(null);
    setMessage(null);
    const result = group
      ? await updateUserGroupAction(group.id, { name, memberIds, version: group.version })
      : await createUserGroupAction({ name, memberIds });
    setBusy(false);
    if (!result.ok) {
      setNameError(result.fieldErrors?.name?.[0] ?? null);
      setError(result.conflict ? "Someone changed this group while you were editing: the page now shows their version." : result.error);
      if (result.conflict) router.refresh();
      return;
    }
    setNameError(null);
    setMessage(result.message ?? null);
    if (!group) {
      setName("");
      setMemberIds([]);
    }
    router.refresh();
  }

  return (
    <form method="post" onSubmit={save} className="space-y-3 text-sm" aria-label={group ? `Edit group ${group.name}` : "New group"}>
      <div aria-live="polite">
        <FormError message={error} />
        <FormSuccess message={message} />
      </div>
      <div>
        <label htmlFor={`${prefix}-name`} className="block font-medium text-slate-800">
          Group name
        </label>
        <input
          id={`${prefix}-name`}
          className={inputClass}
          value={name}
          maxLength={100}
          onChange={(e) => setName(e.target.value)}
          aria-invalid={nameError ? true : undefined}
          aria-describedby={nameError ? `${prefix}-name-error` : undefined}
        />
        {nameError ? (
          <p id={`${prefix}-name-error`} role="alert" className="mt-1 font-medium text-red-700">
            {nameError}
          </p>
        ) : null}
      </div>
      <fieldset className="rounded-md border border-slate-200 p-3">
        <legend className="px-1 font-medium">Members</legend>
        <ul className="grid gap-1 sm:grid-cols-3">
          {people.map((p) => (
            <li key={p.id}>
              <label className="flex items-center gap-2">
                <input
                  type="checkbox"
                  checked={memberIds.includes(p.id)}
                  onChange={(e) => setMemberIds(e.target.checked ? [...memberIds, p.id] : memberIds.filter((i) => i !== p.id))}
                />
                <bdi>{p.name}</bdi>
              </label>
            </li>
          ))}
        </ul>
      </fieldset>
      <Button type="submit" disabled={busy}>
        {group ? "Save group" : "Create group"}
      </Button>
    </form>
  );
}
