"use client";

import { useEffect, useState } from "react";
import { useRouter } from "next/navigation";
import { applyServerErrors, useZodForm } from "@/app/_components/use-zod-form";
import { OUTCOME_TYPES, OUTCOME_TYPE_LABELS, createOutcomeSchema, type CreateOutcomeFormInput } from "@/domain/schemas/outcome";
import { todayIso } from "@/domain/schemas/fields";
import { ConfidentialCheckbox } from "@/app/_components/confidential-checkbox";
import { Button, FormError, FormSuccess } from "@/app/_components/ui";
import { CheckboxField, DateField, SelectField, TextArea } from "@/app/_components/form-fields";
import { SourceChoices, type SourceChoice } from "./source-choices";
import { createOutcomeAction } from "./actions";

interface Props {
  caseId: number;
  asks: { id: number; label: string; confidential: boolean }[];
  sources: SourceChoice[];
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
  const { handleSubmit, formState, watch, setValue, reset } = form;
  const { isSubmitting } = formState;
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

  return (
    <form method="post" onSubmit={onSubmit} noValidate className="space-y-3" aria-label="Record an outcome">
      <FormError message={formError} />
      <FormSuccess message={done} />
      <div className="grid gap-3 sm:grid-cols-2">
        <SelectField form={form} name="type" id="outcome-type" label="Type of outcome">
          {OUTCOME_TYPES.map((t) => (
            <option key={t} value={t}>
              {OUTCOME_TYPE_LABELS[t]}
            </option>
          ))}
        </SelectField>
        <DateField form={form} name="occurredOn" id="outcome-occurredOn" label="Date" required />
      </div>
      <TextArea form={form} name="description" id="outcome-description" label="What happened" rows={3} required />
      <SelectField form={form} name="askId" id="outcome-askId" label="In answer to (optional)">
        <option value="">Not in answer to a particular ask</option>
        {asks.map((a) => (
          <option key={a.id} value={String(a.id)}>
            {a.label}
          </option>
        ))}
      </SelectField>
      <SourceChoices form={form} name="sourceIds" id="outcome-sourceIds" label="Sources that report it" sources={sources} />
      {offerRelease ? (
        <CheckboxField form={form} name="moveCaseToReleased" id="outcome-moveCaseToReleased" label="Also move the case to Released" />
      ) : null}
      <ConfidentialCheckbox form={form} name="confidential" id="outcome-confidential" suggestion={confidentialSuggestion} />
      <Button type="submit" disabled={isSubmitting}>
        {isSubmitting ? "Saving…" : "Record outcome"}
      </Button>
    </form>
  );
}
