// The server's SQLite store checkpoints the WAL in a worker thread, so no request pays for it.
import { describe, expect, it } from "vitest";
import Database from "better-sqlite3";
import { statSync } from "node:fs";
import { openStore } from "../../server/store/index.js";
import { tempDbPath } from "../support/helpers.js";

/** Commits about 4 MB through a connection that never checkpoints, and returns the database file's size after a while. */
async function sizeAfterWrites(backgroundCheckpoints: boolean) {
  const path = tempDbPath();
  const store = await openStore({ database: path, backgroundCheckpoints });
  const writer = new Database(path);
  writer.pragma("wal_autocheckpoint = 0");
  writer.exec("CREATE TABLE filler (blob TEXT)");
  const before = statSync(path).size;
  const insert = writer.prepare("INSERT INTO filler VALUES (?)");
  for (let i = 0; i < 1000; i++) insert.run("x".repeat(4000));
  await new Promise((r) => setTimeout(r, 1000));
  const after = statSync(path).size;
  writer.close();
  await store.close();
  return after - before;
}

describe("background WAL checkpoints", () => {
  it("copy committed pages into the database file while nothing else checkpoints", async () => {
    expect(await sizeAfterWrites(true)).toBeGreaterThan(3_000_000);
  });

  it("are off unless asked for (the writers then checkpoint, as SQLite does by default)", async () => {
    expect(await sizeAfterWrites(false)).toBeLessThan(100_000);
  });
});
