/**
 * `work()` called from inside a recursion `frames` deep, so it runs with much of the stack in use,
 * as code does deep inside a test runner or the action (CI's full run on Node 24 overflowed where
 * a test alone did not).
 */
export function inDeepStack<T>(frames: number, work: () => T): T {
  const box: { value?: T } = {};
  const down = (left: number): number => {
    if (left === 0) {
      box.value = work();
      return 0;
    }
    return down(left - 1) + 1;
  };
  down(frames);
  return box.value as T;
}
