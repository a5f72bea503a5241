#pragma once

#include <QString>

namespace mt::test {

// Third-party data sets (the Sisimai bounce corpus, the SPF conformance
// suites, the help pages' seed texts) are not ours to commit: tests find
// them through one setting, the environment variable MAILTRIAGE_TESTDATA,
// or else the folder "shared" beside the source tree, read at run time.
// Everything the project owns is in tests/fixtures/.
QString testDataRoot();

// RELATIVE (a file or folder under the root) as an absolute path, or empty
// when it is not there; then MISSING gets one line that says what is
// missing and how to provide it, for QSKIP or a benchmark to print.
QString testDataPath(const QString &relative, QString *missing);

} // namespace mt::test
