import type { BriefSection } from "./model";
import type { BriefContext } from "./context";
import { formatBriefDate } from "./format";

/** Campaign notes and contacts, when there are any. */
export function notesAndContactsSections(ctx: BriefContext): BriefSection[] {
  const { data } = ctx;
  const sections: BriefSection[] = [];
  const notes = data.notes;
  if (notes.length) {
    sections.push({
      id: "notes",
      title: "Campaign notes",
      blocks: [
        {
          kind: "list",
          marker: "bullet",
          items: notes.map((n) => `${formatBriefDate(n.createdAt)}: ${n.body}${n.confidential ? " (Confidential.)" : ""}`),
        },
      ],
    });
  }

  const contacts = data.contacts;
  if (contacts.length) {
    sections.push({
      id: "contacts",
      title: "Contacts",
      blocks: [
        {
          kind: "list",
          marker: "bullet",
          items: contacts.map((p) => {
            const role = [p.office, p.institution].filter(Boolean).join(", ");
            return `${p.name}${role ? ` — ${role}` : ""}${p.notes ? `. ${p.notes}` : ""}${p.confidential ? " (Confidential contact.)" : ""}`;
          }),
        },
      ],
    });
  }
  return sections;
}
