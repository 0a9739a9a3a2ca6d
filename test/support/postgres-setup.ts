// vitest globalSetup of the "postgres" project: every test server makes a schema of its own in the
// test database; drop those of earlier runs before, and this run's after.
import pg from "pg";
import { TEST_POSTGRES_URL, TEST_SCHEMA_PREFIX } from "./helpers.js";

async function dropTestSchemas() {
  const client = new pg.Client({ connectionString: TEST_POSTGRES_URL });
  await client.connect();
  const { rows } = await client.query("SELECT nspname FROM pg_namespace WHERE nspname LIKE $1", [`${TEST_SCHEMA_PREFIX}%`]);
  for (const { nspname } of rows) await client.query(`DROP SCHEMA "${nspname}" CASCADE`);
  await client.end();
}

export async function setup() {
  await dropTestSchemas();
}

export async function teardown() {
  await dropTestSchemas();
}
