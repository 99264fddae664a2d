"use client";

import { useEffect, useState } from "react";
import { useRouter } from "next/navigation";
import { applyServerErrors, useZodForm } from "@/app/_components/use-zod-form";
import { ASK_CHANNELS, ASK_CHANNEL_LABELS, NEW_OFFICIAL, createAskSchema, type CreateAskFormInput } from "@/domain/schemas/ask";
import { ASK_STATUS_LABELS, INITIAL_ASK_STATUSES } from "@/domain/ask-status";
import { todayIso } from "@/domain/schemas/fields";
import { ConfidentialCheckbox } from "@/app/_components/confidential-checkbox";
import { Button, Field, FormError, FormSuccess } from "@/app/_components/ui";
import { DateField, SelectField, TextArea, TextField } from "@/app/_components/form-fields";
import { createAskAction } from "./actions";
import { SearchAsYouType } from "@/app/_components/search-as-you-type";
import { SourceChoices, type SourceChoice } from "./source-choices";

interface Props {
  caseId: number;
  currentUserId: number;
  officials: { id: number; name: string; office: string; confidential: boolean }[];
  owners: { id: number; name: string }[];
  /** The case's sources, to cite those that back the ask. */
  sources: SourceChoice[];
}

type Official = Props["officials"][number];

/** Officials matching what is typed in "Find an official", from the server, after a pause. */
function useOfficialSearch(term: string) {
  const [found, setFound] = useState<{ term: string; officials: Official[] } | null>(null);
  useEffect(() => {
    const q = term.trim();
    if (!q) return;
    const controller = new AbortController();
    const timer = setTimeout(async () => {
      try {
        const response = await fetch(`/api/officials?q=${encodeURIComponent(q)}`, { signal: controller.signal });
        if (response.ok) setFound({ term: q, officials: ((await response.json()) as { officials: Official[] }).officials });
      } catch {
        // aborted by the next keystroke, or offline: the list stays as it was
      }
    }, 300);
    return () => {
      clearTimeout(timer);
      controller.abort();
    };
  }, [term]);
  return term.trim() && found?.term === term.trim() ? found.officials : null;
}

export function LogAskForm({ caseId, currentUserId, officials, owners, sources }: Props) {
  const router = useRouter();
  const [officialSearch, setOfficialSearch] = useState("");
  const found = useOfficialSearch(officialSearch);
  const [formError, setFormError] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const defaults: CreateAskFormInput = {
    officialId: officials.length === 0 ? NEW_OFFICIAL : "",
    newOfficialName: "",
    newOfficialOffice: "",
    text: "",
    channel: "letter",
    status: "made",
    madeOn: todayIso(),
    ownerId: String(currentUserId),
    followUpOn: "",
    sourceIds: [],
    confidential: false,
  };
  const form = useZodForm(createAskSchema, defaults);
  const { handleSubmit, formState, watch, reset, setValue, getValues } = form;
  const { isSubmitting } = formState;
  const officialId = watch("officialId");
  const status = watch("status");
  // The case's officials and the newest ones, or what the search found (keeping the one chosen).
  const chosen = [...officials, ...(found ?? [])].find((o) => String(o.id) === officialId);
  const choices = found ? [...(chosen && !found.some((o) => o.id === chosen.id) ? [chosen] : []), ...found] : officials;

  // A planned ask has not been made yet, so it starts without a date; a made one defaults to today.
  useEffect(() => {
    if (status === "planned") setValue("madeOn", "");
    else if (!getValues("madeOn")) setValue("madeOn", todayIso());
  }, [status, setValue, getValues]);

  const onSubmit = handleSubmit(async (values) => {
    setFormError(null);
    setDone(null);
    const result = await createAskAction(caseId, values);
    if (!result.ok) {
      setFormError(result.error);
      applyServerErrors(form, result);
      return;
    }
    reset(defaults);
    setDone(result.message ?? "Ask logged.");
    router.refresh();
  });

  return (
    <form method="post" onSubmit={onSubmit} noValidate className="space-y-3" aria-label="Log an ask">
      <FormError message={formError} />
      <FormSuccess message={done} />
      <Field
        id="ask-official-search"
        label="Find an official"
        hint="Officials of this case and the newest are listed; type a name or office to find others."
      >
        <SearchAsYouType id="ask-official-search" value={officialSearch} onChange={setOfficialSearch} />
        <p className="sr-only" aria-live="polite">
          {found ? `${found.length} ${found.length === 1 ? "official" : "officials"} found.` : ""}
        </p>
      </Field>
      <SelectField form={form} name="officialId" id="ask-officialId" label="Addressed to">
        <option value="">{found && found.length === 0 ? "No official matches the search" : "Choose an official…"}</option>
        {choices.map((o) => (
          <option key={o.id} value={String(o.id)}>
            {o.name}
            {o.office ? ` — ${o.office}` : ""}
          </option>
        ))}
        <option value={NEW_OFFICIAL}>New official…</option>
      </SelectField>
      {officialId === NEW_OFFICIAL ? (
        <fieldset className="space-y-3 rounded-md border border-slate-200 p-3">
          <legend className="px-1 text-sm font-semibold">New official</legend>
          <TextField form={form} name="newOfficialName" id="ask-newOfficialName" label="Name of the official" dir="auto" required />
          <TextField
            form={form}
            name="newOfficialOffice"
            id="ask-newOfficialOffice"
            label="Office held"
            hint="E.g. Minister of Foreign Affairs."
          />
        </fieldset>
      ) : null}
      <TextArea form={form} name="text" id="ask-text" label="What was asked" rows={3} required />
      <div className="grid gap-3 sm:grid-cols-2">
        <SelectField form={form} name="channel" id="ask-channel" label="Channel">
          {ASK_CHANNELS.map((c) => (
            <option key={c} value={c}>
              {ASK_CHANNEL_LABELS[c]}
            </option>
          ))}
        </SelectField>
        <SelectField form={form} name="status" id="ask-status" label="Stage">
          {INITIAL_ASK_STATUSES.map((s) => (
            <option key={s} value={s}>
              {ASK_STATUS_LABELS[s]}
            </option>
          ))}
        </SelectField>
        <DateField form={form} name="madeOn" id="ask-madeOn" label={status === "planned" ? "Date made (optional)" : "Date made"} />
        <DateField form={form} name="followUpOn" id="ask-followUpOn" label="Follow-up date (optional)" />
      </div>
      <SelectField form={form} name="ownerId" id="ask-ownerId" label="Owner">
        {owners.map((o) => (
          <option key={o.id} value={String(o.id)}>
            {o.name}
          </option>
        ))}
      </SelectField>
      <SourceChoices form={form} name="sourceIds" id="ask-sourceIds" label="Sources that support this ask (optional)" sources={sources} />
      <ConfidentialCheckbox
        form={form}
        name="confidential"
        id="ask-confidential"
        suggestion={
          chosen?.confidential
            ? `${chosen.name} is confidential, so viewers will not see this ask; mark it confidential too, so it stays hidden if that changes.`
            : null
        }
      />
      <Button type="submit" disabled={isSubmitting}>
        {isSubmitting ? "Saving…" : "Log ask"}
      </Button>
    </form>
  );
}
