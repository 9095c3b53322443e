import { z } from "zod";
import { timeZoneSchema } from "@/app/_lib/srs/schemas";

// Every account form and action validates with these; messages are written for the person filling the form.

/** argon2 hashes any length, but an unbounded input is a denial-of-service vector; 256 is far above any passphrase. */
export const PASSWORD_MIN = 8;
export const PASSWORD_MAX = 256;

export const emailSchema = z
  .string({ error: "Enter your email address." })
  .trim()
  .toLowerCase()
  .max(254, "That email address is too long.")
  .pipe(z.email({ error: "Enter a valid email address, like sam@example.org." }));

export const displayNameSchema = z
  .string({ error: "Enter a display name." })
  .trim()
  .min(1, "Enter a display name.")
  .max(60, "Keep the display name to 60 characters or fewer.")
  // Control characters and bidirectional overrides (which can make a name read as another) have no place in one.
  .regex(/^[^\p{Cc}\u202A-\u202E\u2066-\u2069]*$/u, "Use letters, numbers, spaces and punctuation in a display name.");

export const newPasswordSchema = z
  .string({ error: "Choose a password." })
  .min(PASSWORD_MIN, `Use at least ${PASSWORD_MIN} characters.`)
  .max(PASSWORD_MAX, `Use at most ${PASSWORD_MAX} characters.`);

const inviteTokenSchema = z
  .string()
  .trim()
  .max(200)
  .regex(/^[A-Za-z0-9_-]*$/, "That invite link is not valid.")
  .transform((token) => token || undefined)
  .optional();

export const signUpSchema = z.object({
  email: emailSchema,
  name: displayNameSchema,
  password: newPasswordSchema,
  invite: inviteTokenSchema,
  // The browser's zone, filled in by the form once its script runs, so the first study day is the member's own.
  // Missing (a form posted before hydration) or not a zone: ignored, and the first page reports it instead.
  timeZone: timeZoneSchema.optional().catch(undefined),
});
export type SignUpInput = z.infer<typeof signUpSchema>;

export const signInSchema = z.object({
  email: emailSchema,
  // Any length is checked against the hash; only absurd inputs are refused before hashing.
  password: z.string({ error: "Enter your password." }).min(1, "Enter your password.").max(PASSWORD_MAX, "Incorrect email or password."),
});
export type SignInInput = z.infer<typeof signInSchema>;

export const changeNameSchema = z.object({ name: displayNameSchema, hiddenFromGroup: z.boolean() });

export const changePasswordSchema = z
  .object({
    currentPassword: z.string().min(1, "Enter your current password.").max(PASSWORD_MAX),
    newPassword: newPasswordSchema,
    confirmPassword: z.string(),
  })
  .refine((input) => input.newPassword === input.confirmPassword, {
    path: ["confirmPassword"],
    message: "The two new passwords don't match.",
  });

// Admin forms.
const recordId = z.string().trim().min(1).max(40).regex(/^[a-z0-9]+$/, "Unknown record.");

export const signupModeSchema = z.object({ mode: z.enum(["open", "invite"], { error: "Choose open or invite-only." }) });

export const createInviteSchema = z.object({
  days: z.coerce.number({ error: "Choose how long the link lasts." }).int().min(1, "At least 1 day.").max(90, "At most 90 days."),
  maxUses: z.coerce.number({ error: "Enter how many people may use it." }).int().min(1, "At least 1 use.").max(100, "At most 100 uses."),
});

export const recordIdSchema = z.object({ id: recordId });
export const memberRoleSchema = z.object({
  id: recordId,
  role: z.enum(["admin", "member"], { error: "Choose admin or member." }),
});
export const removeMemberSchema = z.object({ id: recordId, confirmEmail: z.string().trim().max(254).min(1, "Type the member's email to confirm.") });

export const resetPasswordSchema = z
  .object({ token: z.string().regex(/^[A-Za-z0-9_-]{10,200}$/, "This reset link is not valid."), newPassword: newPasswordSchema, confirmPassword: z.string() })
  .refine((input) => input.newPassword === input.confirmPassword, { path: ["confirmPassword"], message: "The two new passwords don't match." });
