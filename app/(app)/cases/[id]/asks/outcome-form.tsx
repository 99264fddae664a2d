"use client";

import { useEffect, useState } from "react";
import { useRouter } from "next/navigation";
import type { FieldPath } from "react-hook-form";
import { applyServerErrors, useZodForm } from "@/app/_components/use-zod-form";
import { OUTCOME_TYPES, OUTCOME_TYPE_LABELS, createOutcomeSchema, type CreateOutcomeFormInput } from "@/domain/schemas/outcome";
import { todayIso } from "@/domain/schemas/fields";
import { ConfidentialCheckbox } from "@/app/_components/confidential-checkbox";
import { Button, Field, FormError, formatDate, inputClass, FormSuccess } from "@/app/_components/ui";
import { createOutcomeAction } from "./actions";

interface Props {
  caseId: number;
  asks: { id: number; label: string; confidential: boolean }[];
  sources: { id: number; title: string; outlet: string; publishedOn: string | null; confidential: boolean }[];
  /** Whether the case's current status allows a move to Released. */
  canMoveToReleased: boolean;
}

export function OutcomeForm({ caseId, asks, sources, canMoveToReleased }: Props) {
  const router = useRouter();
  const [formError, setFormError] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const defaults: CreateOutcomeFormInput = {
    type: "public_statement",
    occurredOn: todayIso(),
    description: "",
    askId: "",
    sourceIds: [],
    moveCaseToReleased: false,
    confidential: false,
  };
  const form = useZodForm(createOutcomeSchema, defaults);
  const { register, handleSubmit, formState, watch, setValue, reset } = form;
  const { errors, isSubmitting } = formState;
  const type = watch("type");
  const chosenSources = (watch("sourceIds") ?? []) as string[];
  const offerRelease = type === "release" && canMoveToReleased;
  const chosenAsk = asks.find((a) => String(a.id) === watch("askId"));
  const cited = sources.filter((s) => chosenSources.includes(String(s.id)));
  const confidentialSuggestion = chosenAsk?.confidential
    ? "The ask it answers is confidential, so viewers will not see this outcome; mark it confidential too."
    : cited.length > 0 && cited.every((s) => s.confidential)
      ? "Every source you chose is confidential: mark this outcome confidential unless what it says is public."
      : null;

  // The box only means something for a release the case can take; never submit it hidden.
  useEffect(() => {
    if (!offerRelease) setValue("moveCaseToReleased", false);
  }, [offerRelease, setValue]);

  const toggleSource = (id: string, checked: boolean) => {
    const next = checked ? [...chosenSources, id] : chosenSources.filter((s) => s !== id);
    setValue("sourceIds", next, { shouldValidate: formState.isSubmitted });
  };

  const onSubmit = handleSubmit(async (values) => {
    setFormError(null);
    setDone(null);
    const result = await createOutcomeAction(caseId, values);
    if (!result.ok) {
      setFormError(result.error);
      applyServerErrors(form, result);
      return;
    }
    reset(defaults);
    setDone(result.message ?? "Outcome recorded.");
    router.refresh();
  });

  const err = (name: FieldPath<CreateOutcomeFormInput>) => (errors as Record<string, { message?: string } | undefined>)[name]?.message;
  const a11y = (name: FieldPath<CreateOutcomeFormInput>) => ({
    "aria-invalid": !!err(name),
    "aria-describedby": err(name) ? `outcome-${name}-error` : undefined,
  });

  return (
    <form method="post" onSubmit={onSubmit} noValidate className="space-y-3" aria-label="Record an outcome">
      <FormError message={formError} />
      <FormSuccess message={done} />
      <div className="grid gap-3 sm:grid-cols-2">
        <Field id="outcome-type" label="Type of outcome" error={err("type")}>
          <select id="outcome-type" className={inputClass} {...a11y("type")} {...register("type")}>
            {OUTCOME_TYPES.map((t) => (
              <option key={t} value={t}>
                {OUTCOME_TYPE_LABELS[t]}
              </option>
            ))}
          </select>
        </Field>
        <Field id="outcome-occurredOn" label="Date" error={err("occurredOn")}>
          <input id="outcome-occurredOn" type="date" className={inputClass} {...a11y("occurredOn")} {...register("occurredOn")} />
        </Field>
      </div>
      <Field id="outcome-description" label="What happened" error={err("description")}>
        <textarea id="outcome-description" rows={3} className={inputClass} {...a11y("description")} {...register("description")} />
      </Field>
      <Field id="outcome-askId" label="In answer to (optional)" error={err("askId")}>
        <select id="outcome-askId" className={inputClass} {...a11y("askId")} {...register("askId")}>
          <option value="">Not in answer to a particular ask</option>
          {asks.map((a) => (
            <option key={a.id} value={String(a.id)}>
              {a.label}
            </option>
          ))}
        </select>
      </Field>
      <fieldset aria-describedby={err("sourceIds") ? "outcome-sourceIds-error" : undefined}>
        <legend className="text-sm font-medium text-slate-800">Sources that report it</legend>
        {sources.length === 0 ? (
          <p className="text-sm text-slate-600">No sources are linked to this case yet.</p>
        ) : (
          <ul className="mt-1 space-y-1">
            {sources.map((s) => (
              <li key={s.id}>
                <label className="flex items-start gap-2 text-sm">
                  <input
                    type="checkbox"
                    className="mt-1"
                    checked={chosenSources.includes(String(s.id))}
                    onChange={(e) => toggleSource(String(s.id), e.target.checked)}
                  />
                  <span>
                    <bdi>{s.title}</bdi>
                    {s.outlet ? ` · ${s.outlet}` : ""}
                    {s.publishedOn ? ` · ${formatDate(s.publishedOn)}` : ""}
                    {s.confidential ? " · confidential" : ""}
                  </span>
                </label>
              </li>
            ))}
          </ul>
        )}
        {err("sourceIds") ? (
          <p id="outcome-sourceIds-error" role="alert" className="mt-1 text-sm font-medium text-red-700">
            {err("sourceIds")}
          </p>
        ) : null}
      </fieldset>
      {offerRelease ? (
        <div>
          <label className="flex items-center gap-2 text-sm font-medium">
            <input type="checkbox" {...register("moveCaseToReleased")} />
            Also move the case to Released
          </label>
          {err("moveCaseToReleased") ? (
            <p role="alert" className="mt-1 text-sm font-medium text-red-700">
              {err("moveCaseToReleased")}
            </p>
          ) : null}
        </div>
      ) : null}
      <ConfidentialCheckbox id="outcome-confidential" suggestion={confidentialSuggestion} {...register("confidential")} />
      <Button type="submit" disabled={isSubmitting}>
        {isSubmitting ? "Saving…" : "Record outcome"}
      </Button>
    </form>
  );
}
