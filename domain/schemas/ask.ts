import { z } from "zod";
import { INITIAL_ASK_STATUSES, ASK_STATUSES } from "../ask-status";
import { checkDateOrder, confidentialFlag, occurredOnField, optionalDate, optionalText, requiredText, citedSourceIds } from "./fields";

export const ASK_CHANNELS = ["meeting", "letter", "email", "call", "public_statement", "un_submission", "other"] as const;
export type AskChannel = (typeof ASK_CHANNELS)[number];
export const ASK_CHANNEL_LABELS: Record<AskChannel, string> = {
  meeting: "Meeting",
  letter: "Letter",
  email: "Email",
  call: "Call",
  public_statement: "Public statement",
  un_submission: "UN submission",
  other: "Other",
};

export function askChannelLabel(channel: string): string {
  return (ASK_CHANNEL_LABELS as Record<string, string>)[channel] ?? channel;
}

/** A user id chosen in a select: the empty option is refused with the given message. */
function chosenId(message: string) {
  return z.coerce
    .string({ error: message })
    .trim()
    .refine((v) => /^[1-9]\d{0,15}$/.test(v), { error: message })
    .transform((v) => Number(v));
}

/** An optional id chosen in a select; the empty option becomes null. */
export function optionalChosenId(message: string) {
  return z.coerce
    .string({ error: message })
    .trim()
    .refine((v) => v === "" || /^[1-9]\d{0,15}$/.test(v), { error: message })
    .transform((v) => (v === "" ? null : Number(v)))
    .default(null);
}

/** Value of the official select that means "a new official, typed in below". */
export const NEW_OFFICIAL = "new";

const askFields = {
  text: requiredText("What was asked", 5_000),
  channel: z.enum(ASK_CHANNELS, { error: "Choose how the ask was made." }),
  madeOn: optionalDate("Date made", { notInFuture: true }),
  ownerId: chosenId("Choose who owns this ask."),
  followUpOn: optionalDate("Follow-up date"),
  confidential: confidentialFlag(),
};

export const FOLLOW_UP_BEFORE_MADE = "Follow-up date cannot be before the date the ask was made.";

function checkFollowUp(v: { madeOn: string | null; followUpOn: string | null }, ctx: z.RefinementCtx) {
  checkDateOrder(ctx, v.madeOn, v.followUpOn, "followUpOn", FOLLOW_UP_BEFORE_MADE);
}

/** The "Log an ask" form; shared by the form and the server. */
export const createAskSchema = z
  .object({
    officialId: z.string({ error: "Choose the official the ask is addressed to." }).trim(),
    newOfficialName: optionalText("Name of the new official", 200),
    newOfficialOffice: optionalText("Office of the new official", 300),
    ...askFields,
    status: z.enum(INITIAL_ASK_STATUSES, { error: "Choose whether the ask is planned or already made." }),
    sourceIds: citedSourceIds(),
  })
  .superRefine((v, ctx) => {
    if (v.officialId === NEW_OFFICIAL) {
      if (!v.newOfficialName) {
        ctx.addIssue({ code: "custom", path: ["newOfficialName"], message: "Name of the new official is required." });
      }
    } else if (!/^[1-9]\d{0,15}$/.test(v.officialId)) {
      ctx.addIssue({ code: "custom", path: ["officialId"], message: "Choose the official the ask is addressed to." });
    }
    if (v.status === "made" && !v.madeOn) {
      ctx.addIssue({ code: "custom", path: ["madeOn"], message: "Date made is required once the ask has been made." });
    }
    checkFollowUp(v, ctx);
  })
  .transform(({ officialId, newOfficialName, newOfficialOffice, ...rest }) => ({
    ...rest,
    official:
      officialId === NEW_OFFICIAL
        ? ({ kind: "new", name: newOfficialName, office: newOfficialOffice } as const)
        : ({ kind: "existing", id: Number(officialId) } as const),
  }));

/** Editing an ask: the official stays, the office held at the time can be corrected. */
export const updateAskSchema = z
  .object({
    ...askFields,
    officeAtTime: optionalText("Office at the time", 300),
    /** The version the editor started from; a stale version is refused, not overwritten. */
    version: z.coerce.number({ error: "Missing version." }).int().positive(),
  })
  .superRefine(checkFollowUp);

export const askStatusMoveSchema = z.object({
  toStatus: z.enum(ASK_STATUSES, { error: "Choose a status." }),
  occurredOn: occurredOnField(),
  note: optionalText("Note", 2_000),
  noteConfidential: confidentialFlag(),
});

export type CreateAskFormInput = z.input<typeof createAskSchema>;
export type CreateAskInput = z.output<typeof createAskSchema>;
export type UpdateAskFormInput = z.input<typeof updateAskSchema>;
export type UpdateAskInput = z.output<typeof updateAskSchema>;
