/** The note on a status move (of a case or an ask): what was said, and whether it is confidential. */
export interface MoveNote {
  text: string;
  confidential: boolean;
}

/** A plain string is a note anyone who can see the move may read. */
export function toMoveNote(note: string | MoveNote): MoveNote {
  return typeof note === "string" ? { text: note, confidential: false } : note;
}

/** A write's input whose confidential flag may be left out: the record is then not confidential (or, on an edit, stays as it was). */
export type ConfidentialOptional<T extends { confidential: boolean }> = Omit<T, "confidential"> & { confidential?: boolean };
