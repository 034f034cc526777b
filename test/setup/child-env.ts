// Tests reach only local servers (the fake GitHub, local backends, file:// remotes), so the
// machine's extra certificate authorities are of no use to the processes they start. Where
// NODE_EXTRA_CA_CERTS names a bundle (these machines name the system's, 140 KB), every Node
// process reads and parses it at start: 42 ms of CPU against 23 for the rest of `node -e 0`,
// paid by each run of the action, the CLI on Node and the scripts a test starts. Tests that check
// TLS give their own certificates.
delete process.env.NODE_EXTRA_CA_CERTS;

// A `flows daemon` the developer started for this checkout would run the tests' `flows fire`
// and `flows run` (src/cli/launcher.js): the tests run them on their own, and the daemon's tests
// (test/cli/daemon.test.ts) start daemons of their own in folders of their own.
process.env.FLOWS_DAEMON_DIR = "/nonexistent/flows-daemon-for-tests";
// Nor may a test's `flows fire` at a terminal (`script`) start one (src/cli/launcher.js): tests that
// start the CLI with an environment of their own say so too (test/cli/colours.test.ts).
process.env.FLOWS_DAEMON = "manual";
