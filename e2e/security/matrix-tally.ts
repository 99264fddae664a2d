/** What the authorisation matrix found: every call, the unexpected answers, the proofs. */
export class MatrixTally {
  calls = 0;
  readonly unexpected: string[] = [];
  /** Actions whose sample arguments changed the database for the first allowed caller. */
  readonly provenToChange: string[] = [];

  /** One call, and whether it answered as expected. */
  record(ok: boolean, what: string): void {
    this.calls++;
    if (!ok) this.unexpected.push(what);
  }

  /** A finding that is not the answer to a call (e.g. an action without sample arguments). */
  fail(what: string): void {
    this.unexpected.push(what);
  }

  proveChange(actionName: string): void {
    if (!this.provenToChange.includes(actionName)) this.provenToChange.push(actionName);
  }
}
