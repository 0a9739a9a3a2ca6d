// Records → the operator surface's JSON shapes, typed by its spec.
import type { components } from "../../../generated/admin.js";
import type { ApiKeyRecord, AuditRecord, EnvironmentRecord, MemberRecord, MembershipRecord, MemberRole, WorkspaceRecord } from "../../store/types.js";

type Schemas = components["schemas"];

export const memberInfoView = (m: MemberRecord): Schemas["MemberInfo"] => ({ memberId: m.id, email: m.email, createdAt: m.createdAt });

export const memberView = (m: MembershipRecord): Schemas["Member"] => ({ memberId: m.id, email: m.email, role: m.role, joinedAt: m.joinedAt, status: m.status });

export const studioSummaryView = ({ workspace, role }: { workspace: WorkspaceRecord; role: MemberRole }): Schemas["StudioSummary"] => ({
  studioId: workspace.id, name: workspace.name, plan: workspace.plan, role, createdAt: workspace.createdAt,
});

export const gameView = (e: EnvironmentRecord): Schemas["Game"] => ({
  gameId: e.id, name: e.name, transferCodesEnabled: e.transferCodesEnabled, activeGameConfigVersion: e.activeGameConfigVersion,
  allowedOrigins: e.allowedOrigins, createdAt: e.createdAt,
});

export const auditEntryView = (e: AuditRecord): Schemas["AuditEntry"] => ({
  entryId: String(e.seq), at: e.at, actor: e.actor, action: e.action, resource: e.resource, gameId: e.environmentId,
  before: e.before, after: e.after, reason: e.reason, requestId: e.requestId,
});

export const apiKeyView = (k: ApiKeyRecord): Schemas["ApiKeyInfo"] => ({ keyId: k.id, kind: k.kind, prefix: k.prefix, createdAt: k.createdAt, revokedAt: k.revokedAt });
