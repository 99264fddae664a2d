"use client";

import type { ComponentProps, ReactNode } from "react";
import { get, useFormState, type FieldValues, type Path, type RegisterOptions, type UseFormReturn } from "react-hook-form";
import { inputClass } from "./ui";

// Every form field of Vigil is wired here once: the label points at the control, the hint and
// the error have ids the control lists in aria-describedby, and aria-invalid is set only while
// an error is shown, so a screen reader hears the same message a sighted user sees.

export interface FieldBinding<T extends FieldValues> {
  form: UseFormReturn<T>;
  name: Path<T>;
  label: string;
  hint?: ReactNode;
  /** Defaults to the field's name; forms that share a page prefix it. */
  id?: string;
  /** The server's message for this field, for forms that post before their scripts run. */
  serverError?: string;
  required?: boolean;
  /** Checks of a form that has no zod schema. */
  rules?: RegisterOptions<T, Path<T>>;
}

/** The ids, message and ARIA attributes one field needs, from the form's state. */
function useFieldWiring<T extends FieldValues>({ form, name, id = name, hint, serverError }: Omit<FieldBinding<T>, "label" | "rules">) {
  const { errors } = useFormState({ control: form.control, name });
  const clientError = (get(errors, name) as { message?: string } | undefined)?.message;
  const error = clientError || serverError || undefined;
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  const describedBy = [hintId, errorId].filter(Boolean).join(" ") || undefined;
  return {
    id,
    hintId,
    errorId,
    error,
    control: { id, "aria-invalid": error ? (true as const) : undefined, "aria-describedby": describedBy },
  };
}

function FieldHint({ id, children }: { id?: string; children?: ReactNode }) {
  if (!id || !children) return null;
  return (
    <p id={id} className="text-xs text-slate-600">
      {children}
    </p>
  );
}

function FieldError({ id, message }: { id?: string; message?: string }) {
  if (!id || !message) return null;
  return (
    <p id={id} role="alert" className="mt-1 text-sm font-medium text-red-700">
      {message}
    </p>
  );
}

function Labelled({
  id,
  label,
  hint,
  hintId,
  error,
  errorId,
  children,
}: {
  id: string;
  label: string;
  hint?: ReactNode;
  hintId?: string;
  error?: string;
  errorId?: string;
  children: ReactNode;
}) {
  return (
    <div>
      <label htmlFor={id} className="block text-sm font-medium text-slate-800">
        {label}
      </label>
      <FieldHint id={hintId}>{hint}</FieldHint>
      {children}
      <FieldError id={errorId} message={error} />
    </div>
  );
}

type InputProps = Omit<ComponentProps<"input">, "id" | "name" | "form" | "required">;

export function TextField<T extends FieldValues>({
  form,
  name,
  label,
  hint,
  id,
  serverError,
  required,
  rules,
  type = "text",
  ...input
}: FieldBinding<T> & InputProps) {
  const field = useFieldWiring({ form, name, id, hint, serverError });
  return (
    <Labelled {...field} label={label} hint={hint}>
      {/* Text typed in a right-to-left script reads right to left as it is typed. */}
      <input
        type={type}
        dir={type === "text" || type === "search" ? "auto" : undefined}
        className={inputClass}
        required={required}
        {...input}
        {...field.control}
        {...form.register(name, rules)}
      />
    </Labelled>
  );
}

export function DateField<T extends FieldValues>(props: FieldBinding<T> & Omit<InputProps, "type">) {
  return <TextField {...props} type="date" />;
}

export function TextArea<T extends FieldValues>({
  form,
  name,
  label,
  hint,
  id,
  serverError,
  required,
  rules,
  ...textarea
}: FieldBinding<T> & Omit<ComponentProps<"textarea">, "id" | "name" | "form" | "required">) {
  const field = useFieldWiring({ form, name, id, hint, serverError });
  return (
    <Labelled {...field} label={label} hint={hint}>
      <textarea dir="auto" className={inputClass} required={required} {...textarea} {...field.control} {...form.register(name, rules)} />
    </Labelled>
  );
}

export function SelectField<T extends FieldValues>({
  form,
  name,
  label,
  hint,
  id,
  serverError,
  required,
  rules,
  children,
  ...select
}: FieldBinding<T> & Omit<ComponentProps<"select">, "id" | "name" | "form" | "required">) {
  const field = useFieldWiring({ form, name, id, hint, serverError });
  return (
    <Labelled {...field} label={label} hint={hint}>
      <select className={inputClass} required={required} {...select} {...field.control} {...form.register(name, rules)}>
        {children}
      </select>
    </Labelled>
  );
}

/**
 * A checkbox with its label beside it. `notice` is a further line the box is described by
 * (a suggestion to tick it), announced as it appears.
 */
export function CheckboxField<T extends FieldValues>({
  form,
  name,
  label,
  hint,
  id,
  serverError,
  notice,
  labelClassName = "text-sm font-medium text-slate-800",
}: Omit<FieldBinding<T>, "required" | "rules"> & { notice?: string | null; labelClassName?: string }) {
  const field = useFieldWiring({ form, name, id, hint, serverError });
  const noticeId = notice ? `${field.id}-suggestion` : undefined;
  const describedBy = [field.hintId, noticeId, field.errorId].filter(Boolean).join(" ") || undefined;
  return (
    <div className="flex items-start gap-2">
      <input type="checkbox" className="mt-1 h-4 w-4" {...field.control} aria-describedby={describedBy} {...form.register(name)} />
      <div>
        <label htmlFor={field.id} className={labelClassName}>
          {label}
        </label>
        <FieldHint id={field.hintId}>{hint}</FieldHint>
        {notice ? (
          <p id={noticeId} role="status" className="mt-1 text-xs font-medium text-amber-900">
            {notice}
          </p>
        ) : null}
        <FieldError id={field.errorId} message={field.error} />
      </div>
    </div>
  );
}

/**
 * A set of radios or checkboxes under one legend. `children` draws the choices from the
 * props each one must carry, so every choice is marked invalid and described by the error.
 */
export function ChoiceGroup<T extends FieldValues>({
  form,
  name,
  label,
  hint,
  id,
  serverError,
  className,
  children,
}: Omit<FieldBinding<T>, "required" | "rules"> & {
  className?: string;
  children: (choice: { "aria-invalid"?: true; "aria-describedby"?: string }) => ReactNode;
}) {
  const field = useFieldWiring({ form, name, id, hint, serverError });
  const choice = { "aria-invalid": field.control["aria-invalid"], "aria-describedby": field.control["aria-describedby"] };
  return (
    <fieldset className={className} aria-describedby={choice["aria-describedby"]}>
      <legend className="block text-sm font-medium text-slate-800">{label}</legend>
      <FieldHint id={field.hintId}>{hint}</FieldHint>
      {children(choice)}
      <FieldError id={field.errorId} message={field.error} />
    </fieldset>
  );
}
