/**
 * Preloaded into every raw Bun step (`bun --preload <this> ...`), and the first thing the
 * module-style wrapper runs (./module-style.ts), so a step does not outlive the
 * process that started it. A step runs in its own process group (so that a timeout can stop its
 * children), which also keeps it out of reach when its dispatcher is killed outright (kill -9, a
 * runner that lost its machine): it ran on, and since its record said `interrupted`, the next
 * delivery ran it a second time. The step's parent is the dispatcher; when it is gone the step
 * is handed to another parent (init or a subreaper), which this notices within a quarter of a
 * second and then stops the step's process group: SIGTERM, SIGKILL 2 s later. The timer keeps
 * no step alive (unref), and a step whose event loop is blocked is stopped once it frees it.
 * Before that, on Linux, the step's processes outside its group (a new session: setsid,
 * `detached: true`) that carry its mark get SIGKILL: with the dispatcher gone, no one else looks
 * for them (./stray-processes.ts does it when the dispatcher sees the step end). The mark is the
 * last of FLOWS_STEP_MARK, read when the step starts.
 * Kept as text, like the module wrapper: the action is bundled into a single file.
 */
export declare const WATCHDOG_SOURCE = "// flows-action step watchdog (generated)\nconst parent = process.ppid;\nconst mark = (process.env.FLOWS_STEP_MARK ?? \"\").trim().split(\" \").pop();\nconst stopGroup = (signal) => {\n  try {\n    process.kill(-process.pid, signal);\n  } catch {}\n};\nconst stopStrays = () => {\n  if (process.platform !== \"linux\" || !/^[0-9a-f]{32}$/.test(mark)) return;\n  try {\n    // A Bun on PATH old enough to lack getBuiltinModule has import.meta.require.\n    const fs = typeof process.getBuiltinModule === \"function\" ? process.getBuiltinModule(\"node:fs\") : import.meta.require(\"node:fs\");\n    const needle = Buffer.from(mark);\n    const uid = process.getuid();\n    for (const name of fs.readdirSync(\"/proc\")) {\n      if (!/^[0-9]+$/.test(name) || Number(name) === process.pid) continue;\n      try {\n        if (!fs.readFileSync(\"/proc/\" + name + \"/environ\").includes(needle) || fs.statSync(\"/proc/\" + name).uid !== uid) continue;\n        const stat = fs.readFileSync(\"/proc/\" + name + \"/stat\", \"latin1\");\n        // The step's own group is stopped below, SIGTERM first.\n        if (Number(stat.slice(stat.lastIndexOf(\")\") + 2).split(\" \")[2]) !== process.pid) process.kill(Number(name), \"SIGKILL\");\n      } catch {}\n    }\n  } catch {}\n};\nconst watch = setInterval(() => {\n  if (process.ppid === parent) return;\n  clearInterval(watch);\n  stopStrays();\n  setTimeout(() => stopGroup(\"SIGKILL\"), 2000).unref();\n  stopGroup(\"SIGTERM\");\n}, 250);\nwatch.unref();\n";
