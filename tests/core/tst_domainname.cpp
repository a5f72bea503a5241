// Domains as customers type them: international names in both forms, the
// hostname rules, and garbage that must never be handed to DNS.
#include "checks/domainname.h"
#include "findingsutil.h"

#include <QRegularExpression>
#include <QTest>

using namespace mt;
using test::codesOf;
using test::worstOf;

Q_DECLARE_METATYPE(mt::Severity)

class TestDomainName : public QObject
{
    Q_OBJECT

private slots:
    void syntax_data();
    void syntax();
    void findingsReadWell_data();
    void findingsReadWell();
    void idnShowsBothForms();
    void invalidCharacterIsNamed_data();
    void invalidCharacterIsNamed();
    void hugeInputIsRejected();
};

void TestDomainName::syntax_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("ascii");   // empty: not usable for DNS
    QTest::addColumn<QString>("unicode"); // checked when usable
    QTest::addColumn<QStringList>("codes");
    QTest::addColumn<Severity>("worst");

    const QString label63(63, QLatin1Char('a'));
    const QString label64(64, QLatin1Char('a'));
    const QString label300(300, QLatin1Char('b'));
    QString longDomain; // 5 x 61 characters: every label fine, the whole too long
    for (int i = 0; i < 5; ++i) {
        longDomain += QString(60, QLatin1Char('a')) + QLatin1Char('.');
    }
    longDomain += QStringLiteral("pl");

    auto row = [](const char *name, const QString &input, const QString &ascii, const QString &unicode,
                  const QStringList &codes,
                  Severity worst) { QTest::newRow(name) << input << ascii << unicode << codes << worst; };
    const QString none;
    row("plain", QStringLiteral("kowalski.pl"), QStringLiteral("kowalski.pl"), QStringLiteral("kowalski.pl"), {},
        Severity::Ok);
    row("capitals are folded", QStringLiteral("KoWaLsKi.PL"), QStringLiteral("kowalski.pl"),
        QStringLiteral("kowalski.pl"), {}, Severity::Ok);
    row("spaces around are trimmed", QStringLiteral("  kowalski.pl\n"), QStringLiteral("kowalski.pl"),
        QStringLiteral("kowalski.pl"), {}, Severity::Ok);
    row("hyphen inside", QStringLiteral("biuro-kowalski.com.pl"), QStringLiteral("biuro-kowalski.com.pl"),
        QStringLiteral("biuro-kowalski.com.pl"), {}, Severity::Ok);
    row("label of 63", label63 + QStringLiteral(".pl"), label63 + QStringLiteral(".pl"),
        label63 + QStringLiteral(".pl"), {}, Severity::Ok);

    row("IDN bücher", QStringLiteral("bücher.example.test"), QStringLiteral("xn--bcher-kva.example.test"),
        QStringLiteral("bücher.example.test"), {QStringLiteral("domain.idn")}, Severity::Info);
    row("IDN capitals", QStringLiteral("BÜCHER.Example.TEST"), QStringLiteral("xn--bcher-kva.example.test"),
        QStringLiteral("bücher.example.test"), {QStringLiteral("domain.idn")}, Severity::Info);
    row("IDN żółw.pl", QStringLiteral("żółw.pl"), QStringLiteral("xn--w-uga1v8h.pl"), QStringLiteral("żółw.pl"),
        {QStringLiteral("domain.idn")}, Severity::Info);
    row("IDN typed in its DNS form", QStringLiteral("XN--W-UGA1V8H.pl"), QStringLiteral("xn--w-uga1v8h.pl"),
        QStringLiteral("żółw.pl"), {QStringLiteral("domain.idn")}, Severity::Info);
    row("IDN with ideographic full stop", QStringLiteral("żółw\u3002pl"), QStringLiteral("xn--w-uga1v8h.pl"),
        QStringLiteral("żółw.pl"), {QStringLiteral("domain.idn")}, Severity::Info);
    row("IDN Greek", QStringLiteral("ΑΒΓ.gr"), QStringLiteral("xn--mxacd.gr"), QStringLiteral("αβγ.gr"),
        {QStringLiteral("domain.idn")}, Severity::Info);

    row("one trailing dot is tolerated", QStringLiteral("kowalski.pl."), QStringLiteral("kowalski.pl"),
        QStringLiteral("kowalski.pl"), {QStringLiteral("domain.trailing_dot")}, Severity::Info);
    row("IDN with trailing dot", QStringLiteral("żółw.pl."), QStringLiteral("xn--w-uga1v8h.pl"),
        QStringLiteral("żółw.pl"), {QStringLiteral("domain.trailing_dot"), QStringLiteral("domain.idn")},
        Severity::Info);
    row("two trailing dots", QStringLiteral("kowalski.pl.."), none, none, {QStringLiteral("domain.empty_label")},
        Severity::Error);
    row("leading dot", QStringLiteral(".kowalski.pl"), none, none, {QStringLiteral("domain.empty_label")},
        Severity::Error);
    row("two dots in a row", QStringLiteral("kowalski..pl"), none, none, {QStringLiteral("domain.empty_label")},
        Severity::Error);
    row("only a dot", QStringLiteral("."), none, none, {QStringLiteral("domain.empty_label")}, Severity::Error);

    row("seed 5.1.2 apostrophe after the domain", QStringLiteral("kei.pl'"), none, none,
        {QStringLiteral("domain.invalid_character")}, Severity::Error);
    row("space inside", QStringLiteral("kowal ski.pl"), none, none, {QStringLiteral("domain.invalid_character")},
        Severity::Error);
    row("underscore", QStringLiteral("kowal_ski.pl"), none, none, {QStringLiteral("domain.invalid_character")},
        Severity::Error);
    row("only @", QStringLiteral("@"), none, none, {QStringLiteral("domain.invalid_character")}, Severity::Error);
    row("web address", QStringLiteral("http://kowalski.pl/"), none, none, {QStringLiteral("domain.invalid_character")},
        Severity::Error);
    row("control character is left out", QStringLiteral("kowal\x01ski.pl"), QStringLiteral("kowalski.pl"),
        QStringLiteral("kowalski.pl"), {QStringLiteral("domain.invalid_character")}, Severity::Error);
    row("zero-width space is left out", QStringLiteral("kowal\u200bski.pl"), QStringLiteral("kowalski.pl"),
        QStringLiteral("kowalski.pl"), {QStringLiteral("domain.invalid_character")}, Severity::Error);

    row("label of 64", label64 + QStringLiteral(".pl"), none, none, {QStringLiteral("domain.label_too_long")},
        Severity::Error);
    row("label of 300", label300 + QStringLiteral(".pl"), none, none, {QStringLiteral("domain.label_too_long")},
        Severity::Error);
    row("IDN label too long once converted", QString(58, QChar(0xfc)) + QStringLiteral(".pl"), none, none,
        {QStringLiteral("domain.label_too_long")}, Severity::Error);
    row("IDN label of 300", QString(300, QChar(0xfc)) + QStringLiteral(".pl"), none, none,
        {QStringLiteral("domain.label_too_long")}, Severity::Error);
    row("domain over 253", longDomain, none, none, {QStringLiteral("domain.too_long")}, Severity::Error);
    row("input over a kilobyte", QString(2000, QLatin1Char('a')), none, none, {QStringLiteral("domain.too_long")},
        Severity::Error);

    row("single label", QStringLiteral("kowalski"), none, none, {QStringLiteral("domain.single_label")},
        Severity::Error);
    row("leading hyphen", QStringLiteral("-kowalski.pl"), none, none, {QStringLiteral("domain.hyphen")},
        Severity::Error);
    row("trailing hyphen", QStringLiteral("kowalski-.pl"), none, none, {QStringLiteral("domain.hyphen")},
        Severity::Error);
    row("IDN label with leading hyphen", QStringLiteral("-żółw.pl"), none, none, {QStringLiteral("domain.hyphen")},
        Severity::Error);
    row("numeric ending", QStringLiteral("kowalski.123"), none, none, {QStringLiteral("domain.numeric_tld")},
        Severity::Error);
    row("IP address as a domain", QStringLiteral("192.0.2.1"), none, none, {QStringLiteral("domain.numeric_tld")},
        Severity::Error);
    row("broken DNS form of an IDN", QStringLiteral("xn--ww.pl"), none, none, {QStringLiteral("domain.idn_invalid")},
        Severity::Error);
    row("right-to-left mixed with Latin", QStringLiteral("a\u05d0.pl"), none, none,
        {QStringLiteral("domain.idn_invalid")}, Severity::Error);
    row("character IDNA disallows", QStringLiteral("a\u2024b.pl"), none, none, {QStringLiteral("domain.idn_invalid")},
        Severity::Error);
    row("empty", QString(), none, none, {QStringLiteral("domain.empty")}, Severity::Error);
    row("whitespace only", QStringLiteral(" \t\n"), none, none, {QStringLiteral("domain.empty")}, Severity::Error);
}

void TestDomainName::syntax()
{
    QFETCH(QString, input);
    QFETCH(QString, ascii);
    QFETCH(QString, unicode);
    QFETCH(QStringList, codes);
    QFETCH(Severity, worst);

    const DomainSyntax syntax = checkDomainSyntax(input);
    QCOMPARE(codesOf(syntax.findings), codes);
    QCOMPARE(worstOf(syntax.findings), worst);
    QCOMPARE(syntax.domain.input, input.trimmed());
    QCOMPARE(syntax.domain.ascii, ascii);
    QCOMPARE(syntax.domain.isValid(), !ascii.isEmpty());
    if (syntax.domain.isValid()) {
        QCOMPARE(syntax.domain.unicode, unicode);
        QCOMPARE(syntax.domain.isIdn(), ascii != unicode);
    }
}

// Every finding is complete, quotes what was typed and leaves no placeholder unfilled.
void TestDomainName::findingsReadWell_data()
{
    QTest::addColumn<QString>("input");
    for (const char *input : {"bücher.example.test", "kowalski.pl.", "kowalski..pl", "kei.pl'", "kowal ski.pl",
                              "kowal\u200bski.pl", "kowalski", "-kowalski.pl", "kowalski.123", "xn--ww.pl", ""}) {
        QTest::newRow(input) << QString::fromUtf8(input);
    }
    QTest::newRow("label of 300") << QString(300, QLatin1Char('a')) + QStringLiteral(".pl");
}

void TestDomainName::findingsReadWell()
{
    QFETCH(QString, input);
    const DomainSyntax syntax = checkDomainSyntax(input);
    QVERIFY(!syntax.findings.isEmpty());
    static const QRegularExpression placeholder(QStringLiteral("%\\d"));
    for (const Finding &f : syntax.findings) {
        QCOMPARE(f.check, QStringLiteral("address"));
        QVERIFY(f.code.startsWith(QLatin1String("domain.")));
        QCOMPARE(f.summary.context, "Findings");
        const QString summary = f.summary.render(Language::English);
        QVERIFY2(!summary.isEmpty() && !summary.contains(placeholder), qPrintable(summary));
        QVERIFY2(summary.size() < 400, qPrintable(summary));
        if (!input.trimmed().isEmpty()) {
            QVERIFY(!f.subject.isEmpty());
            QVERIFY(f.subject.size() <= 100);
        }
        if (f.severity == Severity::Error) {
            QVERIFY2(!f.advice.isEmpty(), qPrintable(f.code));
        }
        if (!f.advice.isEmpty()) {
            QCOMPARE(f.advice.context, "Advice");
            QVERIFY(!f.advice.render(Language::English).contains(placeholder));
        }
    }
}

void TestDomainName::idnShowsBothForms()
{
    const DomainSyntax syntax = checkDomainSyntax(QStringLiteral("Bücher.example.test"));
    QCOMPARE(syntax.findings.size(), 1);
    const Finding &f = syntax.findings.first();
    QCOMPARE(f.code, QStringLiteral("domain.idn"));
    QCOMPARE(f.severity, Severity::Info);
    QCOMPARE(f.subject, QStringLiteral("Bücher.example.test"));
    QCOMPARE(f.data.value(QStringLiteral("ascii")).toString(), QStringLiteral("xn--bcher-kva.example.test"));
    QCOMPARE(f.data.value(QStringLiteral("unicode")).toString(), QStringLiteral("bücher.example.test"));
    const QString summary = f.summary.render(Language::English);
    QVERIFY2(summary.contains(QStringLiteral("bücher.example.test")) &&
                 summary.contains(QLatin1String("xn--bcher-kva.example.test")),
             qPrintable(summary));
    QVERIFY(f.advice.render(Language::English).contains(QLatin1String("xn--bcher-kva.example.test")));
}

void TestDomainName::invalidCharacterIsNamed_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("character");
    QTest::newRow("apostrophe") << QStringLiteral("kei.pl'") << QStringLiteral("'");
    QTest::newRow("comma") << QStringLiteral("kowalski,pl") << QStringLiteral(",");
    QTest::newRow("underscore") << QStringLiteral("a_b.pl") << QStringLiteral("_");
    QTest::newRow("zero-width space") << QStringLiteral("a\u200b.pl") << QStringLiteral("U+200B");
    QTest::newRow("control character") << QStringLiteral("a\x7f.pl") << QStringLiteral("U+007F");
}

void TestDomainName::invalidCharacterIsNamed()
{
    QFETCH(QString, input);
    QFETCH(QString, character);
    const DomainSyntax syntax = checkDomainSyntax(input);
    QCOMPARE(syntax.findings.size(), 1);
    const Finding &f = syntax.findings.first();
    QCOMPARE(f.code, QStringLiteral("domain.invalid_character"));
    QCOMPARE(f.data.value(QStringLiteral("character")).toString(), character);
    QVERIFY(f.summary.render(Language::English).contains(character));
}

void TestDomainName::hugeInputIsRejected()
{
    const QString paste(50 * 1024 * 1024, QLatin1Char('x'));
    const DomainSyntax syntax = checkDomainSyntax(paste);
    QVERIFY(!syntax.domain.isValid());
    QCOMPARE(codesOf(syntax.findings), QStringList{QStringLiteral("domain.too_long")});
    QVERIFY(syntax.findings.first().subject.size() <= 100);
}

QTEST_GUILESS_MAIN(TestDomainName)
#include "tst_domainname.moc"
