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

/** Someone else saved the record after this editor loaded it. */
export class StaleVersionError extends Error {
  constructor(
    public readonly current: Record<string, unknown>,
    message = "Someone else changed this record while you were editing it. Review their changes and save again.",
  ) {
    super(message);
    this.name = "StaleVersionError";
  }
}
