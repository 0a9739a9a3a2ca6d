// Authorization from the contract (#35 item 4), derived from the spec: every operation that declares
// x-persistly-role is tried, with a request its validator accepts (its own documented examples), by
// every lower role (403 forbidden, naming the role it needs) and by another studio's owner (404, as if
// the studio did not exist); none of them changes anything. A new operation is covered by declaring it.
import { describe, expect, it } from "vitest";
import { loadAdminSpec } from "../../../server/app.js";
import { resolveRef, specOperations } from "../../../server/http/spec.js";
import { addMember, newCredential } from "../../../server/domain/members.js";
import { createStudio } from "../../../server/domain/operator.js";
import type { MemberRole } from "../../../server/store/types.js";
import { errorCode } from "../../support/helpers.js";
import { member, PASSWORD, signIn, startAdminServer, studioOf } from "./support.js";
import { inTransaction } from "../../../server/domain/context.js";

const spec = loadAdminSpec() as any;
const RANKED: MemberRole[] = ["viewer", "support", "admin", "owner"];
const declared = specOperations(spec).map((op) => ({ op, declared: spec.paths[op.path][op.method] }))
  .filter(({ declared }) => declared["x-persistly-role"]);

/** The operation's path with its parameters' documented examples, and the studio's and game's real ids. */
function pathOf(path: string, ids: { studioId: string; gameId: string }) {
  const parameters = [...(spec.paths[path].parameters ?? [])].map((p) => resolveRef(spec, p));
  return path.replace(/\{(\w+)\}/g, (_, name: string) => {
    if (name in ids) return ids[name as keyof typeof ids];
    const parameter = parameters.find((p) => p.name === name);
    const example = parameter?.example ?? resolveRef(spec, parameter?.schema)?.examples?.[0] ?? 1;
    return encodeURIComponent(String(example));
  });
}

function bodyOf(declared: any) {
  const content = declared.requestBody?.content?.["application/json"];
  const example = content && Object.values(content.examples ?? {})[0];
  return example ? resolveRef(spec, example).value : undefined;
}

describe("authorization declared in the contract", () => {
  it("declares a role on every studio operation, and the pipeline checks it before the handler", () => {
    const studioOps = specOperations(spec).filter((op) => op.path.startsWith("/admin/v1/studios/{studioId}"));
    expect(studioOps.filter((op) => !spec.paths[op.path][op.method]["x-persistly-role"]).map((op) => op.operationId)).toEqual([]);
    expect(declared.length).toBe(studioOps.length);
  });

  it("refuses every lower role with 403 and another studio's owner with 404, changing nothing", async () => {
    const server = await startAdminServer();
    const studio = await studioOf(server);
    const gameId = (await server.store.listEnvironments(studio.id))[0].id;
    const ids = { studioId: studio.id, gameId };
    await member(server, "owner@studio.example", "owner");
    for (const role of RANKED.slice(0, 3)) await member(server, `${role}@studio.example`, role);
    const other = await server.store.transaction((tx) => createStudio(tx, "rival"));
    await inTransaction(server.app.deps, async (tx) => addMember(tx, other, { email: "rival@other.example", role: "owner" }, await newCredential(server.app.deps.settings, PASSWORD), new Date().toISOString()));
    const as = Object.fromEntries(await Promise.all([...RANKED.slice(0, 3), "rival"].map(async (who) =>
      [who, await signIn(server, who === "rival" ? "rival@other.example" : `${who}@studio.example`)] as const)));
    const owner = await signIn(server, "owner@studio.example");
    const auditBefore = (await owner.get(`/admin/v1/studios/${studio.id}/audit-log`)).body.entries.length;

    const wrong: string[] = [];
    let tried = 0;
    for (const { op, declared: d } of declared) {
      const needed = d["x-persistly-role"] as MemberRole;
      const path = pathOf(op.path, ids);
      const call = (who: string) => (op.method === "get" ? as[who].get(path) : as[who].post(path, bodyOf(d)));
      for (const role of RANKED.slice(0, RANKED.indexOf(needed))) {
        const res = await call(role);
        tried++;
        if (res.status !== 403 || errorCode(res) !== "forbidden" || !res.body.error.message.includes(`it needs ${needed} or above`)) {
          wrong.push(`${op.operationId} as ${role}: ${res.status} ${JSON.stringify(res.body).slice(0, 160)}`);
        }
      }
      const rival = await call("rival");
      tried++;
      if (rival.status !== 404 || errorCode(rival) !== "not_found") wrong.push(`${op.operationId} as another studio's owner: ${rival.status}`);
    }
    expect(wrong).toEqual([]);
    expect(tried).toBeGreaterThan(declared.length * 2);
    expect((await owner.get(`/admin/v1/studios/${studio.id}/audit-log`)).body.entries.length).toBe(auditBefore);
  });
});
