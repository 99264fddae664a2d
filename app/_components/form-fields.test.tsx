import { describe, expect, it } from "vitest";
import { renderToStaticMarkup } from "react-dom/server";
import { useForm, type UseFormReturn } from "react-hook-form";
import type { ReactNode } from "react";
import { CheckboxField, ChoiceGroup, DateField, SelectField, TextArea, TextField } from "./form-fields";
import { ConfidentialCheckbox } from "./confidential-checkbox";

type Values = { title: string; notes: string; kind: string; madeOn: string; confidential: boolean; format: string };

/** Draws fields bound to a fresh form, with `errors` already set as a failed check would. */
function render(fields: (form: UseFormReturn<Values>) => ReactNode, errors: Partial<Record<keyof Values, string>> = {}) {
  function Harness() {
    const form = useForm<Values>({ defaultValues: { title: "", notes: "", kind: "a", madeOn: "", confidential: false, format: "pdf" } });
    for (const [name, message] of Object.entries(errors)) form.setError(name as keyof Values, { message });
    return <form>{fields(form)}</form>;
  }
  return renderToStaticMarkup(<Harness />);
}

/** The attributes of the element whose opening tag carries `marker` (such as id="title"). */
function tagWith(html: string, marker: string): Record<string, string> {
  const tag = [...html.matchAll(/<[a-z]+\b[^>]*>/g)].map((m) => m[0]).find((t) => t.includes(marker));
  if (!tag) throw new Error(`no element with ${marker} in ${html}`);
  return Object.fromEntries([...tag.matchAll(/([a-zA-Z-]+)="([^"]*)"/g)].map((m) => [m[1], m[2]]));
}

function textOf(html: string, id: string): string {
  const match = new RegExp(`<(\\w+)[^>]*\\bid="${id}"[^>]*>(.*?)</\\1>`).exec(html);
  if (!match) throw new Error(`no element #${id} in ${html}`);
  return match[2] ?? "";
}

/** Every id the control lists in aria-describedby exists in the markup. */
function describedTexts(html: string, control: Record<string, string>): string[] {
  return (control["aria-describedby"] ?? "")
    .split(" ")
    .filter(Boolean)
    .map((id) => textOf(html, id));
}

describe("form fields", () => {
  it("label the control by its id and describe it by its hint, without claiming an error", () => {
    const html = render((form) => <TextField form={form} name="title" label="Case title" hint="One line." required />);
    expect(tagWith(html, "<label")).toMatchObject({ for: "title" });
    const input = tagWith(html, 'id="title"');
    expect(input).toMatchObject({ name: "title", type: "text", "aria-describedby": "title-hint" });
    expect(input).toHaveProperty("required");
    expect(input).not.toHaveProperty("aria-invalid");
    expect(describedTexts(html, input)).toEqual(["One line."]);
    expect(html).not.toContain('role="alert"');
  });

  it("mark the control invalid and describe it by the hint and the error shown beside it", () => {
    const html = render((form) => <TextField form={form} name="title" label="Case title" hint="One line." />, {
      title: "Title is required.",
    });
    const input = tagWith(html, 'id="title"');
    expect(input).toMatchObject({ "aria-invalid": "true", "aria-describedby": "title-hint title-error" });
    expect(describedTexts(html, input)).toEqual(["One line.", "Title is required."]);
    expect(tagWith(html, 'id="title-error"')).toMatchObject({ role: "alert" });
  });

  it("show the server's message when the form was not checked in the browser", () => {
    const html = render((form) => <TextField form={form} name="title" id="source-title" label="Title" serverError="Title is too long." />);
    const input = tagWith(html, 'id="source-title"');
    expect(tagWith(html, "<label")).toMatchObject({ for: "source-title" });
    expect(input).toMatchObject({ "aria-invalid": "true", "aria-describedby": "source-title-error" });
    expect(describedTexts(html, input)).toEqual(["Title is too long."]);
  });

  it("wire text areas, selects and dates the same way", () => {
    const html = render(
      (form) => (
        <>
          <TextArea form={form} name="notes" label="Notes" rows={3} />
          <SelectField form={form} name="kind" label="Kind">
            <option value="a">A</option>
          </SelectField>
          <DateField form={form} name="madeOn" label="Date made" />
        </>
      ),
      { notes: "Notes are too long.", madeOn: "Date made cannot be in the future." },
    );
    const notes = tagWith(html, 'id="notes"');
    expect(notes).toMatchObject({ "aria-invalid": "true" });
    expect(describedTexts(html, notes)).toEqual(["Notes are too long."]);
    const kind = tagWith(html, 'id="kind"');
    expect(kind).not.toHaveProperty("aria-invalid");
    expect(kind).not.toHaveProperty("aria-describedby");
    const madeOn = tagWith(html, 'id="madeOn"');
    expect(madeOn).toMatchObject({ type: "date", "aria-invalid": "true" });
    expect(describedTexts(html, madeOn)).toEqual(["Date made cannot be in the future."]);
    for (const id of ["notes", "kind", "madeOn"]) expect(html).toContain(`for="${id}"`);
  });

  it("describe a checkbox by its hint, its suggestion and its error", () => {
    const html = render(
      (form) => <ConfidentialCheckbox form={form} name="confidential" id="ask-confidential" suggestion="Mark it confidential too." />,
      { confidential: "Confidential must be yes or no." },
    );
    const box = tagWith(html, 'id="ask-confidential"');
    expect(box).toMatchObject({ type: "checkbox", "aria-invalid": "true" });
    expect(box["aria-describedby"]).toBe("ask-confidential-hint ask-confidential-suggestion ask-confidential-error");
    expect(describedTexts(html, box)).toHaveLength(3);
    expect(html).toContain('for="ask-confidential"');
  });

  it("leave a valid checkbox described by its hint alone", () => {
    const html = render((form) => <CheckboxField form={form} name="confidential" label="Include" hint="Adds more." />);
    const box = tagWith(html, 'id="confidential"');
    expect(box).not.toHaveProperty("aria-invalid");
    expect(describedTexts(html, box)).toEqual(["Adds more."]);
  });

  it("mark every choice of a group invalid and describe it by the group's error", () => {
    const html = render(
      (form) => (
        <ChoiceGroup form={form} name="format" label="Format">
          {(choice) => <input type="radio" value="pdf" aria-label="PDF" {...choice} {...form.register("format")} />}
        </ChoiceGroup>
      ),
      { format: "Choose PDF or Word." },
    );
    const radio = tagWith(html, 'type="radio"');
    expect(radio).toMatchObject({ "aria-invalid": "true", "aria-describedby": "format-error" });
    expect(describedTexts(html, radio)).toEqual(["Choose PDF or Word."]);
    expect(tagWith(html, "<fieldset")).toMatchObject({ "aria-describedby": "format-error" });
  });
});
