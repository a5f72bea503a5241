// The DMARC record grammar of RFC 7489 6.3/6.4, and what receivers make of
// broken records (6.6.3).
#include "checks/dmarcrecord.h"

#include <QRandomGenerator>
#include <QTest>

using namespace mt;

Q_DECLARE_METATYPE(mt::DmarcPolicy)

namespace {

QString kindName(DmarcProblem::Kind kind)
{
    switch (kind) {
    case DmarcProblem::VersionNotFirst:
        return QStringLiteral("version_not_first");
    case DmarcProblem::BadVersion:
        return QStringLiteral("bad_version");
    case DmarcProblem::Syntax:
        return QStringLiteral("syntax");
    case DmarcProblem::DuplicateTag:
        return QStringLiteral("duplicate");
    case DmarcProblem::UnknownTag:
        return QStringLiteral("unknown");
    case DmarcProblem::InvalidValue:
        return QStringLiteral("invalid");
    case DmarcProblem::MissingPolicy:
        return QStringLiteral("missing_p");
    }
    return {};
}

// "kind:tag" for each problem, in order: precise enough to say where.
QStringList problemsOf(const DmarcRecord &record)
{
    QStringList problems;
    for (const DmarcProblem &p : record.problems) {
        problems << kindName(p.kind) + QLatin1Char(':') + p.tag;
    }
    return problems;
}

} // namespace

class TestDmarcRecord : public QObject
{
    Q_OBJECT

private slots:
    void parse_data();
    void parse();
    void tagsAndDefaults();
    void recognition_data();
    void recognition();
    void garbageIsReportedNeverFatal();
    void corrected_data();
    void corrected();
};

void TestDmarcRecord::parse_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("applied");
    QTest::addColumn<DmarcPolicy>("policy");
    QTest::addColumn<DmarcPolicy>("subdomainPolicy");
    QTest::addColumn<QStringList>("problems");

    auto row = [](const char *name, const char *text, bool applied, DmarcPolicy p, DmarcPolicy sp,
                  std::initializer_list<const char *> problems = {}) {
        QStringList expected;
        for (const char *problem : problems) {
            expected << QString::fromLatin1(problem);
        }
        QTest::newRow(name) << QString::fromUtf8(text) << applied << p << sp << expected;
    };
    using P = DmarcPolicy;
    row("minimal", "v=DMARC1; p=none", true, P::None, P::None);
    row("trailing separator", "v=DMARC1; p=reject;", true, P::Reject, P::Reject);
    row("no spaces", "v=DMARC1;p=quarantine;sp=reject", true, P::Quarantine, P::Reject);
    row("tabs and spaces around =", "v = DMARC1 ;\tp =\treject", true, P::Reject, P::Reject);
    row("policy values ignore case", "v=DMARC1; p=Reject; sp=NONE", true, P::Reject, P::None);
    row("full record",
        "v=DMARC1; p=reject; sp=none; pct=100; rua=mailto:a@example.com; ruf=mailto:f@example.com; "
        "adkim=s; aspf=r; fo=1:d; rf=afrf; ri=3600",
        true, P::Reject, P::None);
    row("missing p", "v=DMARC1; rua=mailto:a@example.com", true, P::None, P::None, {"missing_p:p"});
    row("missing p and rua: ignored", "v=DMARC1; adkim=s", false, P::None, P::None, {"missing_p:p"});
    row("invalid p with rua reads as none", "v=DMARC1; p=rejectt; rua=mailto:a@example.com", true, P::None, P::None,
        {"invalid:p"});
    row("invalid p without rua: ignored", "v=DMARC1; p=block", false, P::None, P::None, {"invalid:p"});
    row("invalid sp voids the policy", "v=DMARC1; p=reject; sp=maybe", false, P::None, P::None, {"invalid:sp"});
    row("version not first", "p=reject; v=DMARC1", false, P::Reject, P::Reject, {"version_not_first:v"});
    row("version lower case", "v=dmarc1; p=reject", false, P::Reject, P::Reject, {"bad_version:v"});
    row("no version at all", "p=reject", false, P::Reject, P::Reject, {"bad_version:v"});
    row("pct out of range", "v=DMARC1; p=reject; pct=150", true, P::Reject, P::Reject, {"invalid:pct"});
    row("pct not a number", "v=DMARC1; p=reject; pct=half", true, P::Reject, P::Reject, {"invalid:pct"});
    row("rua without mailto", "v=DMARC1; p=none; rua=dmarc@example.com", true, P::None, P::None, {"invalid:rua"});
    row("rua with a size limit", "v=DMARC1; p=none; rua=mailto:d@example.com!10m", true, P::None, P::None);
    row("two rua, one bad", "v=DMARC1; p=none; rua=mailto:d@example.com,http://x", true, P::None, P::None,
        {"invalid:rua"});
    row("adkim not r or s", "v=DMARC1; p=none; adkim=relaxed", true, P::None, P::None, {"invalid:adkim"});
    row("aspf not r or s", "v=DMARC1; p=none; aspf=x", true, P::None, P::None, {"invalid:aspf"});
    row("fo unknown option", "v=DMARC1; p=none; fo=2", true, P::None, P::None, {"invalid:fo"});
    row("rf unknown format", "v=DMARC1; p=none; rf=iodef", true, P::None, P::None, {"invalid:rf"});
    row("ri negative", "v=DMARC1; p=none; ri=-5", true, P::None, P::None, {"invalid:ri"});
    row("unknown tag (typo)", "v=DMARC1; p=none; ruaa=mailto:a@example.com", true, P::None, P::None, {"unknown:ruaa"});
    row("duplicate tag", "v=DMARC1; p=none; p=reject", true, P::None, P::None, {"duplicate:p"});
    row("part without =", "v=DMARC1; p=reject; adkim", true, P::Reject, P::Reject, {"syntax:"});
    row("space instead of semicolon", "v=DMARC1 p=reject", false, P::None, P::None, {"bad_version:v", "missing_p:p"});
    row("comma instead of semicolon", "v=DMARC1, p=reject", false, P::None, P::None, {"bad_version:v", "missing_p:p"});
    row("several problems in order", "v=DMARC1; p=quarantine; pct=x; foo=bar; aspf=q", true, P::Quarantine,
        P::Quarantine, {"invalid:pct", "unknown:foo", "invalid:aspf"});
}

void TestDmarcRecord::parse()
{
    QFETCH(QString, text);
    QFETCH(bool, applied);
    QFETCH(DmarcPolicy, policy);
    QFETCH(DmarcPolicy, subdomainPolicy);
    QFETCH(QStringList, problems);

    const DmarcRecord record = parseDmarcRecord(text);
    QCOMPARE(problemsOf(record), problems);
    QCOMPARE(record.isApplied(), applied);
    if (applied) {
        QCOMPARE(record.appliedPolicy(), policy);
        QCOMPARE(record.appliedSubdomainPolicy(), subdomainPolicy);
    }
}

void TestDmarcRecord::tagsAndDefaults()
{
    const DmarcRecord defaults = parseDmarcRecord(QStringLiteral("v=DMARC1; p=none"));
    QCOMPARE(defaults.percent, 100);
    QCOMPARE(defaults.dkimAlignment, DmarcAlignment::Relaxed);
    QCOMPARE(defaults.spfAlignment, DmarcAlignment::Relaxed);
    QCOMPARE(defaults.failureOptions, QStringList{QStringLiteral("0")});
    QCOMPARE(defaults.reportInterval, 86400u);
    QVERIFY(defaults.aggregateReportUris.isEmpty());
    QVERIFY(!defaults.subdomainPolicy);

    const DmarcRecord full = parseDmarcRecord(
        QStringLiteral("v=DMARC1; p=reject; sp=quarantine; pct=25; rua=mailto:a@example.com, mailto:b@example.net!5m; "
                       "ruf=mailto:f@example.com; adkim=s; aspf=s; fo=d:s; ri=3600"));
    QVERIFY(full.problems.isEmpty());
    QCOMPARE(full.policy, DmarcPolicy::Reject);
    QCOMPARE(full.subdomainPolicy, DmarcPolicy::Quarantine);
    QCOMPARE(full.percent, 25);
    QCOMPARE(full.aggregateReportUris,
             (QStringList{QStringLiteral("mailto:a@example.com"), QStringLiteral("mailto:b@example.net!5m")}));
    QCOMPARE(full.failureReportUris, QStringList{QStringLiteral("mailto:f@example.com")});
    QCOMPARE(full.dkimAlignment, DmarcAlignment::Strict);
    QCOMPARE(full.spfAlignment, DmarcAlignment::Strict);
    QCOMPARE(full.failureOptions, (QStringList{QStringLiteral("d"), QStringLiteral("s")}));
    QCOMPARE(full.reportInterval, 3600u);

    const DmarcRecord bad = parseDmarcRecord(QStringLiteral("v=DMARC1; p=none; pct=abc"));
    QCOMPARE(bad.problems.size(), 1);
    QCOMPARE(bad.problems[0].tag, QStringLiteral("pct"));
    QCOMPARE(bad.problems[0].value, QStringLiteral("abc"));
    QCOMPARE(bad.percent, 100); // an invalid value leaves the default
}

void TestDmarcRecord::recognition_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("dmarc");
    QTest::newRow("normal") << QStringLiteral("v=DMARC1; p=none") << true;
    QTest::newRow("lower case") << QStringLiteral("v=dmarc1; p=none") << true;
    QTest::newRow("version later") << QStringLiteral("p=none; v=DMARC1") << true;
    QTest::newRow("spaces") << QStringLiteral(" v = DMARC1 ; p=none") << true;
    QTest::newRow("space instead of semicolon") << QStringLiteral("v=DMARC1 p=reject") << true;
    QTest::newRow("SPF by mistake") << QStringLiteral("v=spf1 -all") << false;
    QTest::newRow("verification token") << QStringLiteral("google-site-verification=abc") << false;
    QTest::newRow("DMARC1 inside a value") << QStringLiteral("note=v=DMARC1x") << false;
    QTest::newRow("empty") << QString() << false;
}

void TestDmarcRecord::recognition()
{
    QFETCH(QString, text);
    QFETCH(bool, dmarc);
    QCOMPARE(looksLikeDmarcRecord(text), dmarc);
}

void TestDmarcRecord::garbageIsReportedNeverFatal()
{
    // What customers paste into DNS panels, and random mixtures of the
    // grammar's own characters: every input parses to a verdict.
    const QString alphabet = QStringLiteral("v=DMARC1;p=rejectsp:,!mailto@. \t\"\\ąż\u200b\u0000");
    QRandomGenerator random(7489);
    QStringList inputs{QStringLiteral(";;;;"),           QStringLiteral("="),
                       QStringLiteral("=;=;="),          QStringLiteral("v=DMARC1;;;p=none;;"),
                       QStringLiteral("v=DMARC1; p"),    QStringLiteral("v=DMARC1; p=none; rua=mailto:"),
                       QStringLiteral("v=DMARC1; pct="), QStringLiteral("v=DMARC1; ri=99999999999999999999"),
                       QString(100000, QLatin1Char(';'))};
    for (int i = 0; i < 3000; ++i) {
        QString text;
        const int length = int(random.bounded(80));
        for (int c = 0; c < length; ++c) {
            text += alphabet.at(int(random.bounded(int(alphabet.size()))));
        }
        inputs << (random.bounded(2) ? QStringLiteral("v=DMARC1; ") + text : text);
    }
    for (const QString &text : std::as_const(inputs)) {
        const DmarcRecord record = parseDmarcRecord(text);
        QCOMPARE(record.text, text);
        QVERIFY(record.percent >= 0 && record.percent <= 100);
        if (record.isApplied()) {
            QVERIFY2(!record.hasProblem(DmarcProblem::BadVersion), qPrintable(text));
            QVERIFY2(text.trimmed().startsWith(QLatin1String("v")), qPrintable(text));
        }
        for (const DmarcProblem &problem : record.problems) {
            QVERIFY2(problem.kind == DmarcProblem::Syntax || problem.kind == DmarcProblem::BadVersion ||
                         !problem.tag.isEmpty(),
                     qPrintable(text));
        }
    }
}

void TestDmarcRecord::corrected_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("corrected");
    auto row = [](const char *name, const char *text, const char *corrected) {
        QTest::newRow(name) << QString::fromLatin1(text) << QString::fromLatin1(corrected);
    };
    row("version moved first", "p=reject; v=DMARC1", "v=DMARC1; p=reject; rua=mailto:postmaster@example.pl");
    row("lower-case version", "v=dmarc1; p=quarantine; rua=mailto:d@example.pl",
        "v=DMARC1; p=quarantine; rua=mailto:d@example.pl");
    row("invalid p becomes none, bad rua replaced, unknown tag dropped",
        "v=DMARC1; p=rejectt; rua=dmarc@example.pl; foo=bar", "v=DMARC1; p=none; rua=mailto:postmaster@example.pl");
    row("every valid tag kept",
        "v=DMARC1; p=reject; sp=none; pct=20; rua=mailto:a@x.pl,mailto:b@y.pl; ruf=mailto:f@x.pl; adkim=s; "
        "aspf=s; fo=1; ri=3600",
        "v=DMARC1; p=reject; sp=none; pct=20; rua=mailto:a@x.pl,mailto:b@y.pl; ruf=mailto:f@x.pl; adkim=s; "
        "aspf=s; fo=1; ri=3600");
    row("no policy", "v=DMARC1; adkim=s", "v=DMARC1; p=none; rua=mailto:postmaster@example.pl; adkim=s");
}

void TestDmarcRecord::corrected()
{
    QFETCH(QString, text);
    QFETCH(QString, corrected);
    const QString result = parseDmarcRecord(text).corrected(QStringLiteral("postmaster@example.pl"));
    QCOMPARE(result, corrected);
    // The correction is itself a clean, applied record.
    const DmarcRecord again = parseDmarcRecord(result);
    QVERIFY(again.problems.isEmpty());
    QVERIFY(again.isApplied());
}

QTEST_GUILESS_MAIN(TestDmarcRecord)
#include "tst_dmarcrecord.moc"
