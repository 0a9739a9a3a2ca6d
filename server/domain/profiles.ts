// Player profiles (DESIGN §8): other players see an account only by its public handle (`publicId`) and
// its display name, never by its id or playerRef.
import { invalidRequest } from "./errors.js";
import type { TxDeps } from "./context.js";
import type { AccountRecord } from "../store/types.js";

export const DISPLAY_NAME_MAX = 32;
// Control characters, and format characters such as bidi overrides that make one name look like another.
const UNPRINTABLE = /[\p{Cc}\p{Cf}]/u;

/** The name as stored: trimmed, 1–32 characters (code points), nothing unprintable. */
export function displayName(raw: string): string {
  const name = raw.trim();
  const length = [...name].length;
  if (length === 0) throw invalidRequest("displayName is empty once trimmed; send 1 to 32 characters", { field: "displayName" });
  if (length > DISPLAY_NAME_MAX) throw invalidRequest(`displayName is ${length} characters; at most ${DISPLAY_NAME_MAX}`, { field: "displayName" });
  if (UNPRINTABLE.test(name)) throw invalidRequest("displayName holds a control or formatting character", { field: "displayName" });
  return name;
}

export async function updateProfile(deps: Pick<TxDeps, "store" | "now">, account: AccountRecord, input: { displayName: string }) {
  const name = displayName(input.displayName);
  await deps.store.setDisplayName(account.id, name, deps.now().toISOString());
  return { accountId: account.id, publicId: account.publicId, displayName: name };
}
