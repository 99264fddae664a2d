import { describe, expect, it } from "vitest";
import { FieldRuleError } from "../domain/field-rule-error";
import { assertNotCommonPassword, commonPasswordCount, COMMON_PASSWORD_MESSAGE, isCommonPassword } from "./common-passwords";

describe("common passwords", () => {
  it("are a list of tens of thousands", async () => {
    expect(await commonPasswordCount()).toBeGreaterThan(10_000);
  });

  it("are recognised whatever their case", async () => {
    for (const password of ["password1234", "Password1234", "QWERTYUIOP123", "1q2w3e4r5t6y"]) {
      expect(await isCommonPassword(password), password).toBe(true);
    }
  });

  it("leave a passphrase of the user's own alone, spaces included", async () => {
    for (const password of ["correct horse battery staple", "vigil-demo-2022", " password1234"]) {
      expect(await isCommonPassword(password), password).toBe(false);
    }
  });

  it("are refused as an error on the password field", async () => {
    await expect(assertNotCommonPassword("Password1234")).rejects.toBeInstanceOf(FieldRuleError);
    await expect(assertNotCommonPassword("Password1234")).rejects.toMatchObject({ field: "password", message: COMMON_PASSWORD_MESSAGE });
    await expect(assertNotCommonPassword("a passphrase of my own")).resolves.toBeUndefined();
  });
});
