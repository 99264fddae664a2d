/** The record asked for does not exist (or is not visible to this user). */
export class NotFoundError extends Error {
  constructor(message = "That record does not exist.") {
    super(message);
    this.name = "NotFoundError";
  }
}

/** A rule of the domain refused the change (e.g. a disallowed status move). */
export class DomainRuleError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "DomainRuleError";
  }
}

/**
 * Someone else saved the record after this editor loaded it. `current` is the record as it
 * is now, so the editor can compare it with what they typed and save again from its version.
 */
export class StaleVersionError<Current extends { version: number } = { version: number }> extends Error {
  constructor(
    public readonly current: Current,
    message = "Someone else changed this record while you were editing it. Review their changes and save again.",
  ) {
    super(message);
    this.name = "StaleVersionError";
  }
}

/** A new account's email address is already taken. */
export class DuplicateEmailError extends DomainRuleError {
  constructor() {
    super("Another account already uses this email address.");
    this.name = "DuplicateEmailError";
  }
}

/** An edit would give a source the web address another source already has. */
export class DuplicateSourceUrlError extends DomainRuleError {
  constructor(public readonly existingTitle: string) {
    super(`Another source already has this web address: “${existingTitle}”. Link that one to the case instead.`);
    this.name = "DuplicateSourceUrlError";
  }
}

/**
 * The PDF brief holds characters none of its fonts can draw: they would print as empty
 * boxes. `characters` names each one and where it is, for the person exporting to fix or accept.
 */
export class MissingGlyphsError extends DomainRuleError {
  constructor(public readonly characters: { char: string; codePoint: string; where: string[] }[]) {
    super(
      `These characters cannot be drawn in the PDF and would print as empty boxes: ${characters
        .map((c) => `${c.char} (${c.codePoint}, in ${c.where.join(", ")})`)
        .join("; ")}. Replace them in the case, choose Word, or export anyway.`,
    );
    this.name = "MissingGlyphsError";
  }
}
