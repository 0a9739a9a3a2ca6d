// The operator session cookie: opaque, HttpOnly, SameSite=Strict, scoped to /admin, Secure unless the
// server is configured for plain local HTTP. Reading and writing it is all the HTTP layer does with it.
import { parse, serialize } from "cookie";
import type { Request } from "express";

export const MEMBER_COOKIE = "persistly_admin";

export const memberCookieOf = (req: Request): string | undefined => parse(req.headers.cookie ?? "")[MEMBER_COOKIE] || undefined;

const attributes = (insecure: boolean) => ({ httpOnly: true, sameSite: "strict" as const, path: "/admin", secure: !insecure });

/** Set-Cookie for a new session; a session cookie (no Max-Age): the server's expiries end it. */
export const setMemberCookie = (token: string, insecure: boolean) => serialize(MEMBER_COOKIE, token, attributes(insecure));

export const clearMemberCookie = (insecure: boolean) => serialize(MEMBER_COOKIE, "", { ...attributes(insecure), expires: new Date(0) });
