import { KehoachError } from "../../src/errors.js";

/** The KehoachError `run` throws; fails the test if it throws nothing or something else. */
export function failure(run: () => unknown): KehoachError {
  try {
    run();
  } catch (err) {
    if (err instanceof KehoachError) return err;
    throw err;
  }
  throw new Error("expected a KehoachError");
}
