#!/usr/bin/env bash
# Installs what the tests need (Debian 12), builds everything with warnings
# as errors, runs every test suite (unit, integration against real servers on
# loopback, GUI offscreen, translations, formatting), then the benchmarks.
set -euo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
. "$ROOT/scripts/deps.sh"
install_deps test
# The .deb is installed into a fresh Debian 12 chroot, which needs root.
package_tests=OFF
if [ "$(id -u)" -eq 0 ]; then
  package_tests=ON
else
  echo "note: not root, so the .deb chroot test (tst_debpackage) is not built"
fi
configure_and_build "$ROOT/build-tests" -DBUILD_TESTING=ON -DMAILTRIAGE_WERROR=ON \
  -DMAILTRIAGE_COMPACT_DEBUG_INFO=ON -DMAILTRIAGE_PACKAGE_TESTS=$package_tests
cd "$ROOT/build-tests"
echo "--- benchmarks (figures, not pass/fail) ---"
./tests/bench/bench_dns 100
./tests/bench/bench_dnsbl 100
./tests/bench/bench_spf 100
./tests/bench/bench_authdomain 100
./tests/bench/bench_bounce
./tests/bench/bench_message 100
MAILTRIAGE_CLI=./app/mailtriage-cli ./tests/bench/bench_policyd 5
./tests/bench/bench_startup
# serve against smtp-sink: state on this disk (no pipelining, pipelined), then tmpfs
python3 "$ROOT/tests/bench/smtp_load.py" --cli ./app/mailtriage-cli --client ./tests/bench/smtp_load_client --disk .
echo "--- tests ---"
# Third-party data sets (bounce corpus, SPF suites) are optional: without
# them the suites that need them skip, each with one line saying so.
testdata=${MAILTRIAGE_TESTDATA:-$ROOT/../shared}
if [ ! -d "$testdata" ]; then
  echo "note: no third-party test data at $testdata (set MAILTRIAGE_TESTDATA):" \
    "tst_spfconformance, tst_bouncecorpus, tst_receivedcorpus and the corpus rows of tst_cli_bounce skip, bench_bounce prints a line"
fi
ctest --output-on-failure --parallel 2 --timeout 600
