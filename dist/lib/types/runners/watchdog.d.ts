/**
 * Preloaded into every Bun step (`bun --preload <this> ...`), so a step does not outlive the
 * process that started it. A step runs in its own process group (so that a timeout can stop its
 * children), which also keeps it out of reach when its dispatcher is killed outright (kill -9, a
 * runner that lost its machine): it ran on, and since its record said `interrupted`, the next
 * delivery ran it a second time. The step's parent is the dispatcher; when it is gone the step
 * is handed to another parent (init or a subreaper), which this notices within a quarter of a
 * second and then stops the step's process group: SIGTERM, SIGKILL 2 s later. The timer keeps
 * no step alive (unref), and a step whose event loop is blocked is stopped once it frees it.
 * Kept as text, like the module wrapper: the action is bundled into a single file.
 */
export declare const WATCHDOG_SOURCE = "// flows-action step watchdog (generated)\nconst parent = process.ppid;\nconst stopGroup = (signal) => {\n  try {\n    process.kill(-process.pid, signal);\n  } catch {}\n};\nconst watch = setInterval(() => {\n  if (process.ppid === parent) return;\n  clearInterval(watch);\n  setTimeout(() => stopGroup(\"SIGKILL\"), 2000).unref();\n  stopGroup(\"SIGTERM\");\n}, 250);\nwatch.unref();\n";
