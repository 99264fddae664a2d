import { DomainRuleError } from "./errors";

/** A domain rule refused one field of a form (e.g. an ask chosen from another case). */
export class FieldRuleError extends DomainRuleError {
  constructor(
    public readonly field: string,
    message: string,
  ) {
    super(message);
    this.name = "FieldRuleError";
  }
}
