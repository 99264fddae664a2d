"use client";

import { useEffect, useState } from "react";
import { useRouter } from "next/navigation";
import type { FieldPath } from "react-hook-form";
import { applyServerErrors, useZodForm } from "@/app/_components/use-zod-form";
import { ASK_CHANNELS, ASK_CHANNEL_LABELS, NEW_OFFICIAL, createAskSchema, type CreateAskFormInput } from "@/domain/schemas/ask";
import { ASK_STATUS_LABELS, INITIAL_ASK_STATUSES } from "@/domain/ask-status";
import { todayIso } from "@/domain/schemas/fields";
import { ConfidentialCheckbox } from "@/app/_components/confidential-checkbox";
import { Button, Field, FormError, inputClass, FormSuccess } from "@/app/_components/ui";
import { createAskAction } from "./actions";
import { SearchAsYouType } from "@/app/_components/search-as-you-type";

interface Props {
  caseId: number;
  currentUserId: number;
  officials: { id: number; name: string; office: string; confidential: boolean }[];
  owners: { id: number; name: string }[];
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

export function LogAskForm({ caseId, currentUserId, officials, owners }: Props) {
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
    confidential: false,
  };
  const form = useZodForm(createAskSchema, defaults);
  const { register, handleSubmit, formState, watch, reset, setValue, getValues } = form;
  const { errors, isSubmitting } = formState;
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

  const err = (name: FieldPath<CreateAskFormInput>) => (errors as Record<string, { message?: string } | undefined>)[name]?.message;
  const a11y = (name: FieldPath<CreateAskFormInput>) => ({
    "aria-invalid": !!err(name),
    "aria-describedby": err(name) ? `ask-${name}-error` : undefined,
  });

  return (
    <form method="post" onSubmit={onSubmit} noValidate className="space-y-3" aria-label="Log an ask">
      <FormError message={formError} />
      <FormSuccess message={done} />
      <Field id="ask-official-search" label="Find an official" hint="Officials of this case and the newest are listed; type a name or office to find others.">
        <SearchAsYouType id="ask-official-search" value={officialSearch} onChange={setOfficialSearch} />
        <p className="sr-only" aria-live="polite">
          {found ? `${found.length} ${found.length === 1 ? "official" : "officials"} found.` : ""}
        </p>
      </Field>
      <Field id="ask-officialId" label="Addressed to" error={err("officialId")}>
        <select id="ask-officialId" className={inputClass} {...a11y("officialId")} {...register("officialId")}>
          <option value="">{found && found.length === 0 ? "No official matches the search" : "Choose an official…"}</option>
          {choices.map((o) => (
            <option key={o.id} value={String(o.id)}>
              {o.name}
              {o.office ? ` — ${o.office}` : ""}
            </option>
          ))}
          <option value={NEW_OFFICIAL}>New official…</option>
        </select>
      </Field>
      {officialId === NEW_OFFICIAL ? (
        <fieldset className="space-y-3 rounded-md border border-slate-200 p-3">
          <legend className="px-1 text-sm font-semibold">New official</legend>
          <Field id="ask-newOfficialName" label="Name of the official" error={err("newOfficialName")}>
            <input id="ask-newOfficialName" type="text" dir="auto" className={inputClass} {...a11y("newOfficialName")} {...register("newOfficialName")} />
          </Field>
          <Field id="ask-newOfficialOffice" label="Office held" hint="E.g. Minister of Foreign Affairs." error={err("newOfficialOffice")}>
            <input id="ask-newOfficialOffice" type="text" className={inputClass} {...a11y("newOfficialOffice")} {...register("newOfficialOffice")} />
          </Field>
        </fieldset>
      ) : null}
      <Field id="ask-text" label="What was asked" error={err("text")}>
        <textarea id="ask-text" rows={3} className={inputClass} {...a11y("text")} {...register("text")} />
      </Field>
      <div className="grid gap-3 sm:grid-cols-2">
        <Field id="ask-channel" label="Channel" error={err("channel")}>
          <select id="ask-channel" className={inputClass} {...a11y("channel")} {...register("channel")}>
            {ASK_CHANNELS.map((c) => (
              <option key={c} value={c}>
                {ASK_CHANNEL_LABELS[c]}
              </option>
            ))}
          </select>
        </Field>
        <Field id="ask-status" label="Stage" error={err("status")}>
          <select id="ask-status" className={inputClass} {...a11y("status")} {...register("status")}>
            {INITIAL_ASK_STATUSES.map((s) => (
              <option key={s} value={s}>
                {ASK_STATUS_LABELS[s]}
              </option>
            ))}
          </select>
        </Field>
        <Field id="ask-madeOn" label={status === "planned" ? "Date made (optional)" : "Date made"} error={err("madeOn")}>
          <input id="ask-madeOn" type="date" className={inputClass} {...a11y("madeOn")} {...register("madeOn")} />
        </Field>
        <Field id="ask-followUpOn" label="Follow-up date (optional)" error={err("followUpOn")}>
          <input id="ask-followUpOn" type="date" className={inputClass} {...a11y("followUpOn")} {...register("followUpOn")} />
        </Field>
      </div>
      <Field id="ask-ownerId" label="Owner" error={err("ownerId")}>
        <select id="ask-ownerId" className={inputClass} {...a11y("ownerId")} {...register("ownerId")}>
          {owners.map((o) => (
            <option key={o.id} value={String(o.id)}>
              {o.name}
            </option>
          ))}
        </select>
      </Field>
      <ConfidentialCheckbox
        id="ask-confidential"
        suggestion={chosen?.confidential ? `${chosen.name} is confidential, so viewers will not see this ask; mark it confidential too, so it stays hidden if that changes.` : null}
        {...register("confidential")}
      />
      <Button type="submit" disabled={isSubmitting}>
        {isSubmitting ? "Saving…" : "Log ask"}
      </Button>
    </form>
  );
}
