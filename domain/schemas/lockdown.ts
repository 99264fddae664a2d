import { z } from "zod";
import { LOCKDOWN_MODES } from "../lockdown";

export const lockdownSchema = z.strictObject({
  mode: z.enum(LOCKDOWN_MODES, { error: "Choose open, read-only or admins only." }),
});
