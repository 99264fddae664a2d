"use server";

import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { revalidatePath } from "next/cache";
import { confirmMyEnrolment, startMyEnrolment, turnOffMyTwoFactor } from "@/server/dal/two-factor";
import { formAction } from "@/server/action";
import { clientAddress } from "@/server/client-address";
import { enrolmentCodeSchema, startEnrolmentSchema, twoFactorOffSchema } from "@/domain/schemas/two-factor";
import { LOCKED_MESSAGES } from "@/domain/sign-in-throttle";

// Open to a user the workspace sends here before anything else: setting up is what they must do.
const SETTING_UP = { role: "setting-up-two-factor" } as const;
const PAGE = "/account/two-factor";

const WRONG_CODE = "That code is not right. Type the six digits your app shows now.";

export const startTwoFactorAction = formAction(
  { ...SETTING_UP, args: [startEnrolmentSchema], form: { redirectTo: () => PAGE } },
  (actor) => {
    if (!startMyEnrolment(actor)) return { ok: false, error: "Two-factor sign-in is on already. Turn it off first to use another app." };
    revalidatePath(PAGE);
    return { ok: true, data: undefined };
  },
);

export const confirmTwoFactorAction = formAction(
  { ...SETTING_UP, args: [enrolmentCodeSchema], form: { showOnce: (data: { recoveryCodes: string[] }) => data.recoveryCodes } },
  (actor, [input]) => {
    const result = confirmMyEnrolment(actor, input.code);
    if (!result.ok && result.reason === "not_enrolling") return { ok: false, error: "There is no set-up under way. Start again." };
    if (!result.ok) return { ok: false, error: WRONG_CODE, fieldErrors: { code: [WRONG_CODE] } };
    revalidatePath(PAGE);
    return { ok: true, data: { recoveryCodes: result.recoveryCodes }, message: "Two-factor sign-in is on." };
  },
);

const OFF_REFUSALS = {
  wrong_code: { error: "That code is not right.", field: "code" },
  replayed_code: { error: "That code was used already. Wait for the next one in your app.", field: "code" },
  wrong_password: { error: "Your password is incorrect.", field: "password" },
  not_on: { error: "Two-factor sign-in is not on.", field: null },
} as const;

export const turnOffTwoFactorAction = formAction({ ...SETTING_UP, args: [twoFactorOffSchema] }, async (actor, [input]) => {
  const result = await turnOffMyTwoFactor(actor, input, clientAddress(await headers()));
  if (result.kind === "locked") return { ok: false, error: LOCKED_MESSAGES.account };
  if (result.kind !== "off") {
    const { error, field } = OFF_REFUSALS[result.kind];
    return { ok: false, error, ...(field ? { fieldErrors: { [field]: [error] } } : {}) };
  }
  revalidatePath(PAGE);
  redirect(`${PAGE}?off=1`);
});
