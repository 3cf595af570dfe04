// Preloaded by bench/single-build.js (node -r): writes the process's CPU time in ms (user +
// system, all threads, since the process started) to $KEHOACH_CPU_REPORT when it exits.
const { writeFileSync } = require("node:fs");

process.on("exit", () => {
  const file = process.env.KEHOACH_CPU_REPORT;
  if (!file) return;
  const u = process.cpuUsage();
  writeFileSync(file, String((u.user + u.system) / 1000));
});
