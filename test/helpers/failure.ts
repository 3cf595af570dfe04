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

/** The KehoachError a promise rejects with; fails the test if it resolves or rejects with something else. */
export async function rejection(promise: Promise<unknown>): Promise<KehoachError> {
  try {
    await promise;
  } catch (err) {
    if (err instanceof KehoachError) return err;
    throw err;
  }
  throw new Error("expected a KehoachError");
}
