import { expect } from "vitest";
import { FlowBackendError } from "../../src/backend/errors.js";

/** The FlowBackendError `promise` rejects with; fails the test when it resolves or rejects with anything else. */
export async function failure(promise: Promise<unknown>): Promise<FlowBackendError> {
  const error = await promise.then(
    () => undefined,
    (reason: unknown) => reason,
  );
  expect(error).toBeInstanceOf(FlowBackendError);
  return error as FlowBackendError;
}
