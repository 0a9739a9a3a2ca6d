// vitest setupFile of the "postgres" project: each test file closes the stores it opened, so that the
// suite's connections stay well under PostgreSQL's max_connections however many files run at once.
import { afterAll } from "vitest";
import { closeTestStores } from "./helpers.js";

afterAll(closeTestStores);
