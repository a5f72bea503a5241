// The SPF trace as staff read it: each kind of step, evaluated over zone
// data in memory, rendered from its typed outcome and notes in English and
// in Polish; the CLI's English lines stay as they were.
#include "checks/spfevaluator.h"
#include "zonedataresolver.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTest>

using namespace mt;

Q_DECLARE_METATYPE(mt::spf::StepOutcome)

namespace {

// One zone for every row: each domain shows one kind of step.
const char zoneJson[] = R"({
    "inc.test": [{"SPF": "v=spf1 include:_spf.inc.test -all"}],
    "_spf.inc.test": [{"SPF": "v=spf1 ip4:192.0.2.0/24 -all"}],
    "a.test": [{"SPF": "v=spf1 a -all"}, {"A": "198.51.100.1"}, {"A": "198.51.100.2"}],
    "mx.test": [{"SPF": "v=spf1 mx -all"}, {"MX": [10, "mail.mx.test"]}],
    "mail.mx.test": [{"A": "192.0.2.25"}],
    "ip.test": [{"SPF": "v=spf1 ip4:203.0.113.0/24 ip6:2001:db8::/32 -all"}],
    "redir.test": [{"SPF": "v=spf1 redirect=_spf.inc.test"}],
    "void.test": [{"SPF": "v=spf1 a:n1.void.test a:n2.void.test a:n3.void.test -all"}],
    "limit.test": [{"SPF": "v=spf1 a a a a a a a a a a a -all"}, {"A": "198.51.100.1"}],
    "macro.test": [{"SPF": "v=spf1 exists:%{i}.allow.macro.test -all"}],
    "192.0.2.10.allow.macro.test": [{"A": "127.0.0.2"}],
    "temp.test": [{"SPF": "v=spf1 include:slow.test -all"}],
    "slow.test": ["TIMEOUT"],
    "broken.test": [{"SPF": "v=spf1 a -al"}],
    "two.test": [{"SPF": "v=spf1 -all"}, {"SPF": "v=spf1 ~all"}],
    "noinc.test": [{"SPF": "v=spf1 include:nothing.test -all"}],
    "nothing.test": [{"TXT": "not spf"}],
    "neutral.test": [{"SPF": "v=spf1 ip4:203.0.113.1"}],
    "ptr.test": [{"SPF": "v=spf1 ptr -all"}],
    "10.2.0.192.in-addr.arpa": [{"PTR": "host.ptr.test"}],
    "host.ptr.test": [{"A": "192.0.2.10"}]
})";

spf::Evaluation evaluate(const QString &domain, const QString &ip)
{
    test::ZoneDataResolver resolver(QJsonDocument::fromJson(zoneJson).object());
    spf::Query query;
    query.ip = QHostAddress(ip);
    query.sender = QStringLiteral("jan@") + domain;
    query.helo = domain;
    spf::Evaluator evaluator(resolver, query);
    QSignalSpy finished(&evaluator, &spf::Evaluator::finished);
    evaluator.start();
    if (!finished.wait(2000)) {
        qWarning("the evaluation of %s did not finish", qPrintable(domain));
    }
    return evaluator.evaluation();
}

} // namespace

class TestSpfTrace : public QObject
{
    Q_OBJECT

private slots:
    void steps_data();
    void steps();
    void cliLinesStayEnglish();
};

void TestSpfTrace::steps_data()
{
    QTest::addColumn<QString>("domain");
    QTest::addColumn<QString>("ip");
    QTest::addColumn<QString>("term"); // the step's term ("" for the record's end)
    QTest::addColumn<spf::StepOutcome>("outcome");
    QTest::addColumn<QString>("english");
    QTest::addColumn<QString>("polish");

    using O = spf::StepOutcome;
    auto row = [](const char *name, const char *domain, const char *ip, const char *term, O outcome,
                  const char *english, const char *polish) {
        QTest::newRow(name) << QString::fromUtf8(domain) << QString::fromUtf8(ip) << QString::fromUtf8(term) << outcome
                            << QString::fromUtf8(english) << QString::fromUtf8(polish);
    };
    row("record", "inc.test", "192.0.2.10", "v=spf1 include:_spf.inc.test -all", O::Record,
        "inc.test: v=spf1 include:_spf.inc.test -all → SPF record",
        "inc.test: v=spf1 include:_spf.inc.test -all → rekord SPF");
    row("include that passes", "inc.test", "192.0.2.10", "include:_spf.inc.test", O::Match,
        "inc.test: include:_spf.inc.test → match — the record of _spf.inc.test gives pass; the result is pass",
        "inc.test: include:_spf.inc.test → pasuje — rekord domeny _spf.inc.test daje wynik pass; wynik: pass");
    row("ip4 inside an include, indented", "inc.test", "192.0.2.10", "ip4:192.0.2.0/24", O::Match,
        "  _spf.inc.test: ip4:192.0.2.0/24 → match — 192.0.2.10 is within 192.0.2.0/24; the result is pass",
        "  _spf.inc.test: ip4:192.0.2.0/24 → pasuje — 192.0.2.10 należy do zakresu 192.0.2.0/24; wynik: pass");
    row("include that fails", "inc.test", "198.51.100.7", "include:_spf.inc.test", O::NoMatch,
        "inc.test: include:_spf.inc.test → no match — the record of _spf.inc.test gives fail",
        "inc.test: include:_spf.inc.test → nie pasuje — rekord domeny _spf.inc.test daje wynik fail");
    row("include of a domain without SPF", "noinc.test", "192.0.2.10", "include:nothing.test", O::PermError,
        "noinc.test: include:nothing.test → result permerror — nothing.test has no SPF record, which is an error "
        "in an include",
        "noinc.test: include:nothing.test → wynik permerror — domena nothing.test nie ma rekordu SPF, co w include "
        "jest błędem");
    row("a that does not cover", "a.test", "192.0.2.10", "a", O::NoMatch,
        "a.test: a → no match — the addresses of a.test (198.51.100.1, 198.51.100.2) do not cover 192.0.2.10",
        "a.test: a → nie pasuje — adresy a.test (198.51.100.1, 198.51.100.2) nie obejmują 192.0.2.10");
    row("a that covers", "a.test", "198.51.100.2", "a", O::Match,
        "a.test: a → match — the addresses of a.test (198.51.100.1, 198.51.100.2) cover 198.51.100.2; the result "
        "is pass",
        "a.test: a → pasuje — adresy a.test (198.51.100.1, 198.51.100.2) obejmują 198.51.100.2; wynik: pass");
    row("mx that covers", "mx.test", "192.0.2.25", "mx", O::Match,
        "mx.test: mx → match — the mail server mail.mx.test of mx.test has the address 192.0.2.25, which covers "
        "192.0.2.25; the result is pass",
        "mx.test: mx → pasuje — serwer pocztowy mail.mx.test domeny mx.test ma adres 192.0.2.25, który obejmuje "
        "192.0.2.25; wynik: pass");
    row("mx that does not cover", "mx.test", "192.0.2.26", "mx", O::NoMatch,
        "mx.test: mx → no match — the mail servers of mx.test (mail.mx.test 192.0.2.25) do not cover 192.0.2.26",
        "mx.test: mx → nie pasuje — serwery pocztowe domeny mx.test (mail.mx.test 192.0.2.25) nie obejmują "
        "192.0.2.26");
    row("ip4 that does not cover an IPv6 client", "ip.test", "2001:db8::5", "ip4:203.0.113.0/24", O::NoMatch,
        "ip.test: ip4:203.0.113.0/24 → no match — 2001:db8::5 is not within 203.0.113.0/24",
        "ip.test: ip4:203.0.113.0/24 → nie pasuje — 2001:db8::5 nie należy do zakresu 203.0.113.0/24");
    row("ip6 that covers", "ip.test", "2001:db8::5", "ip6:2001:db8::/32", O::Match,
        "ip.test: ip6:2001:db8::/32 → match — 2001:db8::5 is within 2001:db8::/32; the result is pass",
        "ip.test: ip6:2001:db8::/32 → pasuje — 2001:db8::5 należy do zakresu 2001:db8::/32; wynik: pass");
    row("redirect", "redir.test", "192.0.2.10", "redirect=_spf.inc.test", O::Redirect,
        "redir.test: redirect=_spf.inc.test → redirect — the record of _spf.inc.test decides instead",
        "redir.test: redirect=_spf.inc.test → przekierowanie — decyduje rekord domeny _spf.inc.test");
    row("all", "a.test", "192.0.2.10", "-all", O::Match,
        "a.test: -all → match — \"all\" covers every client; the result is fail",
        "a.test: -all → pasuje — „all” obejmuje każdego klienta; wynik: fail");
    row("void lookup within the limit", "void.test", "192.0.2.10", "a:n2.void.test", O::NoMatch,
        "void.test: a:n2.void.test → no match — n2.void.test has no A record (NXDOMAIN): lookup without an answer "
        "2 of 2",
        "void.test: a:n2.void.test → nie pasuje — n2.void.test nie ma rekordu A (NXDOMAIN): zapytanie bez wyniku 2 z "
        "2");
    row("void lookup over the limit", "void.test", "192.0.2.10", "a:n3.void.test", O::PermError,
        "void.test: a:n3.void.test → result permerror — n3.void.test has no A record (NXDOMAIN): more than 2 "
        "lookups without an answer",
        "void.test: a:n3.void.test → wynik permerror — n3.void.test nie ma rekordu A (NXDOMAIN): ponad 2 zapytania "
        "bez wyniku");
    row("lookup limit", "limit.test", "192.0.2.10", "a", O::PermError,
        "limit.test: a → result permerror — this would be DNS lookup 11; at most 10 are allowed (include, a, mx, "
        "ptr, exists and redirect count)",
        "limit.test: a → wynik permerror — byłoby to zapytanie DNS nr 11, a dozwolonych jest najwyżej 10 (liczą się "
        "include, a, mx, ptr, exists i redirect)");
    row("macro expansion", "macro.test", "192.0.2.10", "exists:%{i}.allow.macro.test", O::Match,
        "macro.test: exists:%{i}.allow.macro.test → match — \"%{i}.allow.macro.test\" expands to "
        "192.0.2.10.allow.macro.test; 192.0.2.10.allow.macro.test has an A record; the result is pass",
        "macro.test: exists:%{i}.allow.macro.test → pasuje — „%{i}.allow.macro.test” po rozwinięciu makr: "
        "192.0.2.10.allow.macro.test; 192.0.2.10.allow.macro.test ma rekord A; wynik: pass");
    row("ptr", "ptr.test", "192.0.2.10", "ptr", O::Match,
        "ptr.test: ptr → match — 192.0.2.10 has the name host.ptr.test, confirmed by its address and within "
        "ptr.test; the result is pass",
        "ptr.test: ptr → pasuje — 192.0.2.10 ma nazwę host.ptr.test, potwierdzoną jej adresem i należącą do "
        "ptr.test; wynik: pass");
    row("temperror of an included record", "temp.test", "192.0.2.10", "TXT slow.test", O::TempError,
        "  slow.test: TXT slow.test → result temperror — the TXT lookup for slow.test failed (TIMEOUT)",
        "  slow.test: TXT slow.test → wynik temperror — zapytanie TXT o slow.test nie powiodło się (TIMEOUT)");
    row("temperror passed up by the include", "temp.test", "192.0.2.10", "include:slow.test", O::TempError,
        "temp.test: include:slow.test → result temperror — the record of slow.test gives temperror",
        "temp.test: include:slow.test → wynik temperror — rekord domeny slow.test daje wynik temperror");
    row("permerror: syntax", "broken.test", "192.0.2.10", "v=spf1 a -al", O::PermError,
        "broken.test: v=spf1 a -al → result permerror — \"-al\" is not an SPF mechanism",
        "broken.test: v=spf1 a -al → wynik permerror — „-al” nie jest mechanizmem SPF");
    row("permerror: two records", "two.test", "192.0.2.10", "v=spf1 -all | v=spf1 ~all", O::PermError,
        "two.test: v=spf1 -all | v=spf1 ~all → result permerror — two.test publishes 2 SPF records where only one "
        "is allowed",
        "two.test: v=spf1 -all | v=spf1 ~all → wynik permerror — domena two.test publikuje kilka rekordów SPF (2), a "
        "dozwolony jest tylko jeden");
    row("no SPF record", "nothing.test", "192.0.2.10", "TXT nothing.test", O::None,
        "nothing.test: TXT nothing.test → result none — nothing.test has no SPF record",
        "nothing.test: TXT nothing.test → wynik none — domena nothing.test nie ma rekordu SPF");
    row("no SPF record, no domain", "gone.test", "192.0.2.10", "TXT gone.test", O::None,
        "gone.test: TXT gone.test → result none — gone.test has no SPF record (DNS answered NXDOMAIN)",
        "gone.test: TXT gone.test → wynik none — domena gone.test nie ma rekordu SPF (odpowiedź DNS: NXDOMAIN)");
    row("no term matched", "neutral.test", "192.0.2.10", "", O::Neutral,
        "neutral.test → result neutral — no term covers the client 192.0.2.10",
        "neutral.test → wynik neutral — żaden mechanizm nie obejmuje klienta 192.0.2.10");
}

void TestSpfTrace::steps()
{
    QFETCH(QString, domain);
    QFETCH(QString, ip);
    QFETCH(QString, term);
    QFETCH(spf::StepOutcome, outcome);
    QFETCH(QString, english);
    QFETCH(QString, polish);

    const spf::Evaluation evaluation = evaluate(domain, ip);
    QStringList lines;
    const spf::TraceStep *found = nullptr;
    for (const spf::TraceStep &step : evaluation.trace) {
        lines << spf::traceLine(step);
        if (!found && step.term == term && step.outcome == outcome) {
            found = &step;
        }
    }
    QVERIFY2(found, qPrintable(lines.join(QLatin1Char('\n'))));
    QCOMPARE(spf::traceText(*found, Language::English), english);
    QCOMPARE(spf::traceText(*found, Language::Polish), polish);
}

void TestSpfTrace::cliLinesStayEnglish()
{
    // The lines of the CLI and of data.trace: technical English, as before.
    const spf::Evaluation evaluation = evaluate(QStringLiteral("void.test"), QStringLiteral("192.0.2.10"));
    QStringList lines;
    for (const spf::TraceStep &step : evaluation.trace) {
        lines << spf::traceLine(step);
    }
    QCOMPARE(lines, (QStringList{
                        QStringLiteral("void.test: v=spf1 a:n1.void.test a:n2.void.test a:n3.void.test -all -> record"),
                        QStringLiteral("void.test: a:n1.void.test -> no match (A n1.void.test: NXDOMAIN)"),
                        QStringLiteral("void.test: a:n2.void.test -> no match (A n2.void.test: NXDOMAIN)"),
                        QStringLiteral("void.test: a:n3.void.test -> permerror (A n3.void.test: NXDOMAIN; more than 2 "
                                       "void lookups)"),
                    }));
}

QTEST_GUILESS_MAIN(TestSpfTrace)
#include "tst_spftrace.moc"
