import { describe, expect, it } from "vitest";
import { z } from "zod";
import { changePasswordSchema, signInSchema, signUpSchema } from "@/app/_lib/auth/schemas";

const errorsOf = (result: { success: boolean; error?: z.ZodError }): Record<string, string[] | undefined> =>
  result.error ? z.flattenError(result.error).fieldErrors : {};

describe("signUpSchema", () => {
  it("normalises the email and trims the name", () => {
    const parsed = signUpSchema.parse({ email: "  Sam@Example.ORG ", name: "  Sam  ", password: "eight ch" });
    expect(parsed).toEqual({ email: "sam@example.org", name: "Sam", password: "eight ch", invite: undefined });
  });

  it("keeps passwords exactly as typed, without trimming or truncating", () => {
    const password = `  ${"p".repeat(200)}  `;
    expect(signUpSchema.parse({ email: "a@b.co", name: "A", password }).password).toBe(password);
  });

  it("explains every bad field", () => {
    const result = signUpSchema.safeParse({ email: "nope", name: " ", password: "1234567" });
    expect(errorsOf(result)).toEqual({
      email: ["Enter a valid email address, like sam@example.org."],
      name: ["Enter a display name."],
      password: ["Use at least 8 characters."],
    });
  });

  it("refuses oversized input with a message, not a crash", () => {
    const result = signUpSchema.safeParse({ email: `${"a".repeat(300)}@example.org`, name: "n".repeat(61), password: "p".repeat(257) });
    expect(errorsOf(result)).toEqual({
      email: ["That email address is too long."],
      name: ["Keep the display name to 60 characters or fewer."],
      password: ["Use at most 256 characters."],
    });
  });

  it("treats missing fields as errors, and accepts only well-formed invite tokens", () => {
    expect(errorsOf(signUpSchema.safeParse({}))).toMatchObject({ email: ["Enter your email address."] });
    expect(signUpSchema.safeParse({ email: "a@b.co", name: "A", password: "12345678", invite: "<script>" }).success).toBe(false);
    expect(signUpSchema.parse({ email: "a@b.co", name: "A", password: "12345678", invite: "Ab_9-x" }).invite).toBe("Ab_9-x");
  });

  it("refuses control characters and bidirectional overrides in a display name, and keeps other scripts", () => {
    const message = ["Use letters, numbers, spaces and punctuation in a display name."];
    for (const name of ["Sam\u0000", "Sam\nSmith", "Sam\u202Egnp.exe", "\u2066Ada\u2069"]) {
      expect(errorsOf(signUpSchema.safeParse({ email: "a@b.co", name, password: "12345678" })).name, JSON.stringify(name)).toEqual(message);
    }
    for (const name of ["Zoë O'Brien-Łukasz", "山田 太郎", "محمد", "<b>Sam</b>"]) {
      expect(signUpSchema.parse({ email: "a@b.co", name, password: "12345678" }).name).toBe(name);
    }
  });
});

describe("signInSchema", () => {
  it("needs both fields", () => {
    expect(errorsOf(signInSchema.safeParse({ email: "a@b.co", password: "" }))).toEqual({ password: ["Enter your password."] });
  });
});

describe("changePasswordSchema", () => {
  it("requires the two new passwords to match", () => {
    const result = changePasswordSchema.safeParse({ currentPassword: "old password", newPassword: "new password", confirmPassword: "new pasword" });
    expect(errorsOf(result)).toEqual({ confirmPassword: ["The two new passwords don't match."] });
  });
});
