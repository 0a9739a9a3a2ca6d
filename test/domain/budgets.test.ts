// Attempt budgets (server/http/rateLimits.ts), in memory: a refused attempt spends nothing, so a budget
// that refusals overran reopens as soon as an attempt that was taken is given back.
import { describe, expect, it } from "vitest";
import { createJoinCodeLimits, createSignInLimits } from "../../server/http/rateLimits.js";

describe("attempt budgets", () => {
  it("sign-ins spend nothing when refused, so an attempt given back reopens a budget that refusals overran", async () => {
    const limits = createSignInLimits({ signInFailuresPerEmail: 2, signInFailuresPerAddress: 3, signInWindowSeconds: 60 });
    const attempt = (email: string) => limits.signInAttempt(email, "203.0.113.9").then(() => "taken", (error) => error.code);
    expect([await attempt("a@x.example"), await attempt("a@x.example")]).toEqual(["taken", "taken"]);
    expect([await attempt("a@x.example"), await attempt("a@x.example")]).toEqual(["rate_limited", "rate_limited"]);
    await limits.signInNotChecked("a@x.example", "203.0.113.9"); // one of the two taken was never checked
    expect(await attempt("a@x.example")).toBe("taken");
    // The address's budget (3) is spent once b's attempt is taken; refusals by it spend nothing either.
    expect([await attempt("b@x.example"), await attempt("c@x.example"), await attempt("c@x.example")]).toEqual(["taken", "rate_limited", "rate_limited"]);
    await limits.signInNotChecked("a@x.example", "203.0.113.9");
    expect(await attempt("c@x.example")).toBe("taken");
  });

  it("codes typed spend nothing when refused: a right code typed while the address was refused gives its place back to the next", async () => {
    const { joinCodeAttempt, joinCodeRight } = createJoinCodeLimits({ transferCodeConsumePerKeyPerMinute: 100, transferCodeConsumePerAddressPerMinute: 2 });
    const attempt = () => joinCodeAttempt("key", "203.0.113.9").then(() => "taken", (error) => error.code);
    expect(await Promise.all([attempt(), attempt(), attempt(), attempt()])).toEqual(["taken", "taken", "rate_limited", "rate_limited"]);
    await joinCodeRight("203.0.113.9"); // the first was typed right
    expect(await attempt()).toBe("taken");
  });
});
