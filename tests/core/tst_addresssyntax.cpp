// Addresses as customers write them: the seeds' 5.1.2 case (an address in
// apostrophes), the wrappers mail programs add, and what makes mail bounce.
#include "checks/addresssyntax.h"
#include "findingsutil.h"

#include <QRegularExpression>
#include <QTest>

using namespace mt;
using test::codesOf;
using test::worstOf;

namespace {

const Finding *findingFor(const Findings &findings, const QString &code)
{
    for (const Finding &f : findings) {
        if (f.code == code) {
            return &f;
        }
    }
    return nullptr;
}

// The input may itself contain "%2B"; what matters is that every %n of the
// source text has its argument.
bool allArgumentsGiven(const LocalizedText &text)
{
    static const QRegularExpression placeholder(QStringLiteral("%(\\d)"));
    auto it = placeholder.globalMatch(QString::fromUtf8(text.source));
    while (it.hasNext()) {
        if (it.next().captured(1).toInt() > text.args.size()) {
            return false;
        }
    }
    return true;
}

QString repeated(int count, char c)
{
    return QString(count, QLatin1Char(c));
}

} // namespace

Q_DECLARE_METATYPE(mt::Severity)

class TestAddressSyntax : public QObject
{
    Q_OBJECT

private slots:
    void syntax_data();
    void syntax();
    void findingsReadWell_data();
    void findingsReadWell();
    void seedApostrophesQuoteTheBounce();
    void okShowsTheAddress_data();
    void okShowsTheAddress();
    void idnDomainInBothForms();
    void domainFindingsKeepTheirSubject();
    void correctedAddressIsClean();
    void hugeInputIsRejected();

private:
    void addRows();
};

void TestAddressSyntax::addRows()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("mailbox"); // the corrected address; empty when it cannot be guessed
    QTest::addColumn<QStringList>("codes");
    QTest::addColumn<Severity>("worst");
    QTest::addColumn<bool>("lookup"); // the domain can be looked up in DNS

    auto row = [](const char *name, const QString &input, const QString &mailbox, const QStringList &codes,
                  Severity worst, bool lookup) { QTest::newRow(name) << input << mailbox << codes << worst << lookup; };
    const QString ok = QStringLiteral("address.ok");
    const QString none;

    row("plain", QStringLiteral("jan@kowalski.pl"), QStringLiteral("jan@kowalski.pl"), {ok}, Severity::Ok, true);
    row("capitals are kept", QStringLiteral("Jan.Kowalski@Kowalski.PL"), QStringLiteral("Jan.Kowalski@Kowalski.PL"),
        {ok}, Severity::Ok, true);
    row("apostrophe and plus inside", QStringLiteral("o'brien+news@x.pl"), QStringLiteral("o'brien+news@x.pl"), {ok},
        Severity::Ok, true);
    row("spaces around the paste", QStringLiteral(" jan@kowalski.pl\n"), QStringLiteral("jan@kowalski.pl"), {ok},
        Severity::Ok, true);
    row("quoted local part", QStringLiteral("\"jan kowalski\"@x.pl"), QStringLiteral("\"jan kowalski\"@x.pl"), {ok},
        Severity::Ok, true);
    row("local part of 64", repeated(64, 'j') + QStringLiteral("@x.pl"), repeated(64, 'j') + QStringLiteral("@x.pl"),
        {ok}, Severity::Ok, true);

    row("seed 5.1.2 apostrophes", QStringLiteral("'test@kei.pl'"), QStringLiteral("test@kei.pl"),
        {QStringLiteral("address.quoted")}, Severity::Error, true);
    row("double quotes around", QStringLiteral("\"jan@x.pl\""), QStringLiteral("jan@x.pl"),
        {QStringLiteral("address.quoted")}, Severity::Error, true);
    row("typographic quotes", QStringLiteral("„jan@x.pl”"), QStringLiteral("jan@x.pl"),
        {QStringLiteral("address.quoted")}, Severity::Error, true);
    row("apostrophe only at the end", QStringLiteral("jan@kei.pl'"), QStringLiteral("jan@kei.pl"),
        {QStringLiteral("address.quoted")}, Severity::Error, true);
    row("apostrophe only at the start", QStringLiteral("'jan@kei.pl"), QStringLiteral("jan@kei.pl"),
        {QStringLiteral("address.quoted")}, Severity::Error, true);
    row("spaces inside the quotes", QStringLiteral("' jan@x.pl '"), QStringLiteral("jan@x.pl"),
        {QStringLiteral("address.quoted"), QStringLiteral("address.whitespace")}, Severity::Error, true);
    row("quotes inside angle brackets", QStringLiteral("<'jan@x.pl'>"), QStringLiteral("jan@x.pl"),
        {QStringLiteral("address.angle_brackets"), QStringLiteral("address.quoted")}, Severity::Error, true);
    row("quotes around a display name form", QStringLiteral("'Jan <jan@x.pl>'"), QStringLiteral("jan@x.pl"),
        {QStringLiteral("address.display_name"), ok}, Severity::Info, true);

    row("contact copied without brackets", QStringLiteral("Jan Kowalski jan@x.pl"), QStringLiteral("jan@x.pl"),
        {QStringLiteral("address.display_name"), ok}, Severity::Info, true);
    row("space inside a lower-case local part", QStringLiteral("jan kowalski@x.pl"), QStringLiteral("jankowalski@x.pl"),
        {QStringLiteral("address.whitespace")}, Severity::Error, true);
    row("space before @", QStringLiteral("jan @kowalski.pl"), QStringLiteral("jan@kowalski.pl"),
        {QStringLiteral("address.whitespace")}, Severity::Error, true);
    row("space after @", QStringLiteral("jan@ kowalski.pl"), QStringLiteral("jan@kowalski.pl"),
        {QStringLiteral("address.whitespace")}, Severity::Error, true);
    row("space in the domain", QStringLiteral("jan@kowal ski.pl"), QStringLiteral("jan@kowalski.pl"),
        {QStringLiteral("address.whitespace")}, Severity::Error, true);
    row("tab", QStringLiteral("jan\t@x.pl"), QStringLiteral("jan@x.pl"), {QStringLiteral("address.whitespace")},
        Severity::Error, true);
    row("no-break space", QStringLiteral("jan\u00a0@x.pl"), QStringLiteral("jan@x.pl"),
        {QStringLiteral("address.whitespace")}, Severity::Error, true);

    row("two @ together", QStringLiteral("jan@@kowalski.pl"), QStringLiteral("jan@kowalski.pl"),
        {QStringLiteral("address.two_at")}, Severity::Error, true);
    row("two @ apart", QStringLiteral("jan@x.pl@y.pl"), none, {QStringLiteral("address.two_at")}, Severity::Error,
        true);
    row("no @", QStringLiteral("jan.kowalski.pl"), none, {QStringLiteral("address.no_at")}, Severity::Error, false);
    row("only @", QStringLiteral("@"), none,
        {QStringLiteral("address.empty_local"), QStringLiteral("address.empty_domain")}, Severity::Error, false);
    row("nothing before @", QStringLiteral("@x.pl"), none, {QStringLiteral("address.empty_local")}, Severity::Error,
        true);
    row("nothing after @", QStringLiteral("jan@"), none, {QStringLiteral("address.empty_domain")}, Severity::Error,
        false);
    row("dots in the wrong places", QStringLiteral(".jan..kowalski.@x.pl"), QStringLiteral("jan.kowalski@x.pl"),
        {QStringLiteral("address.local_dots")}, Severity::Error, true);
    row("only dots before @", QStringLiteral("..@x.pl"), none, {QStringLiteral("address.local_dots")}, Severity::Error,
        true);
    row("dot at the end", QStringLiteral("jan@kowalski.pl."), QStringLiteral("jan@kowalski.pl"),
        {QStringLiteral("address.trailing_dot")}, Severity::Warning, true);
    row("two dots at the end", QStringLiteral("jan@kowalski.pl.."), none, {QStringLiteral("domain.empty_label")},
        Severity::Error, false);

    row("angle brackets", QStringLiteral("<jan@x.pl>"), QStringLiteral("jan@x.pl"),
        {QStringLiteral("address.angle_brackets"), ok}, Severity::Info, true);
    row("display name", QStringLiteral("Jan Kowalski <jan@x.pl>"), QStringLiteral("jan@x.pl"),
        {QStringLiteral("address.display_name"), ok}, Severity::Info, true);
    row("quoted display name with a comma", QStringLiteral("\"Kowalski, Jan\" <jan@x.pl>"), QStringLiteral("jan@x.pl"),
        {QStringLiteral("address.display_name"), ok}, Severity::Info, true);
    row("Outlook link", QStringLiteral("jan@x.pl<mailto:jan@x.pl>"), QStringLiteral("jan@x.pl"),
        {QStringLiteral("address.mailto"), QStringLiteral("address.display_name"), ok}, Severity::Info, true);
    row("mailto", QStringLiteral("mailto:jan@x.pl"), QStringLiteral("jan@x.pl"), {QStringLiteral("address.mailto"), ok},
        Severity::Info, true);
    row("mailto with a subject and encoding", QStringLiteral("MAILTO:jan%2Bnews@x.pl?subject=Hi"),
        QStringLiteral("jan+news@x.pl"), {QStringLiteral("address.mailto"), ok}, Severity::Info, true);
    row("angle bracket without its pair", QStringLiteral("jan@x.pl>"), QStringLiteral("jan@x.pl"),
        {QStringLiteral("address.angle_brackets")}, Severity::Error, true);

    row("several, comma", QStringLiteral("jan@x.pl, anna@y.pl"), QStringLiteral("jan@x.pl"),
        {QStringLiteral("address.several")}, Severity::Error, true);
    row("several, names and semicolons", QStringLiteral("Jan <jan@x.pl>; Anna <anna@y.pl>"), QStringLiteral("jan@x.pl"),
        {QStringLiteral("address.several"), QStringLiteral("address.display_name")}, Severity::Error, true);
    row("several, spaces", QStringLiteral("jan@x.pl anna@y.pl"), QStringLiteral("jan@x.pl"),
        {QStringLiteral("address.several")}, Severity::Error, true);
    row("Outlook semicolon at the end", QStringLiteral("jan@x.pl;"), QStringLiteral("jan@x.pl"),
        {QStringLiteral("address.separator"), ok}, Severity::Info, true);
    row("comma inside the local part", QStringLiteral("jan,kowalski@x.pl"), none,
        {QStringLiteral("address.invalid_character")}, Severity::Error, true);

    row("non-ASCII local part", QStringLiteral("żółw@x.pl"), QStringLiteral("żółw@x.pl"),
        {QStringLiteral("address.non_ascii_local")}, Severity::Warning, true);
    row("IDN domain bücher", QStringLiteral("jan@bücher.example.test"), QStringLiteral("jan@bücher.example.test"),
        {QStringLiteral("domain.idn"), ok}, Severity::Info, true);
    row("IDN domain żółw.pl", QStringLiteral("jan@żółw.pl"), QStringLiteral("jan@żółw.pl"),
        {QStringLiteral("domain.idn"), ok}, Severity::Info, true);
    row("IDN in apostrophes", QStringLiteral("'jan@żółw.pl'"), QStringLiteral("jan@żółw.pl"),
        {QStringLiteral("address.quoted"), QStringLiteral("domain.idn")}, Severity::Error, true);

    row("address literal", QStringLiteral("jan@[192.0.2.1]"), QStringLiteral("jan@[192.0.2.1]"),
        {QStringLiteral("address.literal")}, Severity::Warning, false);
    row("IPv6 address literal", QStringLiteral("jan@[IPv6:2001:db8::1]"), QStringLiteral("jan@[IPv6:2001:db8::1]"),
        {QStringLiteral("address.literal")}, Severity::Warning, false);
    row("broken address literal", QStringLiteral("jan@[300.1.1.1]"), none, {QStringLiteral("address.literal")},
        Severity::Error, false);
    row("IP address without brackets", QStringLiteral("jan@192.0.2.1"), QStringLiteral("jan@[192.0.2.1]"),
        {QStringLiteral("address.literal")}, Severity::Error, false);

    row("bracket in the local part", QStringLiteral("ja(n@x.pl"), none, {QStringLiteral("address.invalid_character")},
        Severity::Error, true);
    row("zero-width space", QStringLiteral("jan\u200b@x.pl"), QStringLiteral("jan@x.pl"),
        {QStringLiteral("address.invalid_character")}, Severity::Error, true);
    row("control character", QStringLiteral("jan\x01@x.pl"), QStringLiteral("jan@x.pl"),
        {QStringLiteral("address.invalid_character")}, Severity::Error, true);
    row("control characters only", QStringLiteral("\x01\x02"), none,
        {QStringLiteral("address.invalid_character"), QStringLiteral("address.no_at")}, Severity::Error, false);
    row("empty angle brackets", QStringLiteral("<>"), none,
        {QStringLiteral("address.angle_brackets"), QStringLiteral("address.no_at")}, Severity::Error, false);
    row("domain without an ending", QStringLiteral("jan@kowalski"), none, {QStringLiteral("domain.single_label")},
        Severity::Error, false);
    row("underscore in the domain", QStringLiteral("jan@x_y.pl"), none, {QStringLiteral("domain.invalid_character")},
        Severity::Error, false);
    row("label of 300 in the domain", QStringLiteral("jan@") + repeated(300, 'a') + QStringLiteral(".pl"), none,
        {QStringLiteral("domain.label_too_long")}, Severity::Error, false);
    row("local part of 65", repeated(65, 'j') + QStringLiteral("@x.pl"), none,
        {QStringLiteral("address.local_too_long")}, Severity::Error, true);
    const QString longDomain = (repeated(60, 'a') + QLatin1Char('.')).repeated(4) + QStringLiteral("pl");
    row("whole address over 254", repeated(64, 'j') + QLatin1Char('@') + longDomain, none,
        {QStringLiteral("address.too_long")}, Severity::Error, true);
    row("empty", QString(), none, {QStringLiteral("address.empty")}, Severity::Error, false);
    row("whitespace only", QStringLiteral(" \n\t "), none, {QStringLiteral("address.empty")}, Severity::Error, false);
}

void TestAddressSyntax::syntax_data()
{
    addRows();
}

void TestAddressSyntax::syntax()
{
    QFETCH(QString, input);
    QFETCH(QString, mailbox);
    QFETCH(QStringList, codes);
    QFETCH(Severity, worst);
    QFETCH(bool, lookup);

    const AddressSyntax syntax = checkAddressSyntax(input);
    QCOMPARE(codesOf(syntax.findings), codes);
    QCOMPARE(worstOf(syntax.findings), worst);
    QCOMPARE(syntax.input, input.trimmed());
    QCOMPARE(syntax.mailbox, mailbox);
    QCOMPARE(syntax.domain.isValid(), lookup);
}

// Every finding is complete; the corrected address travels with each one.
void TestAddressSyntax::findingsReadWell_data()
{
    addRows();
}

void TestAddressSyntax::findingsReadWell()
{
    QFETCH(QString, input);
    QFETCH(QString, mailbox);

    const AddressSyntax syntax = checkAddressSyntax(input);
    const bool corrected = !mailbox.isEmpty() && mailbox != input.trimmed();
    int oks = 0;
    for (const Finding &f : syntax.findings) {
        QCOMPARE(f.check, QStringLiteral("address"));
        QCOMPARE(f.summary.context, "Findings");
        QVERIFY2(allArgumentsGiven(f.summary), f.summary.source);
        if (f.severity >= Severity::Warning) {
            QVERIFY2(!f.advice.isEmpty(), qPrintable(f.code));
        }
        if (!f.advice.isEmpty()) {
            QCOMPARE(f.advice.context, "Advice");
            QVERIFY2(allArgumentsGiven(f.advice), f.advice.source);
        }
        QCOMPARE(f.data.value(QStringLiteral("corrected")).toString(), corrected ? mailbox : QString());
        oks += f.severity == Severity::Ok;
    }
    QVERIFY(oks <= 1);
    QCOMPARE(oks == 1, worstOf(syntax.findings) <= Severity::Info);
}

void TestAddressSyntax::seedApostrophesQuoteTheBounce()
{
    const AddressSyntax syntax = checkAddressSyntax(QStringLiteral("'test@kei.pl'"));
    const Finding *quoted = findingFor(syntax.findings, QStringLiteral("address.quoted"));
    QVERIFY(quoted);
    QCOMPARE(quoted->severity, Severity::Error);
    QCOMPARE(quoted->subject, QStringLiteral("'test@kei.pl'"));
    const QString summary = quoted->summary.render(Language::English);
    QVERIFY2(summary.contains(QLatin1String("couldn't find any host named kei.pl'")), qPrintable(summary));
    QVERIFY2(summary.contains(QLatin1String("#5.1.2")), qPrintable(summary));
    QVERIFY(quoted->advice.render(Language::English).contains(QLatin1String("test@kei.pl")));
    QCOMPARE(quoted->data.value(QStringLiteral("corrected")).toString(), QStringLiteral("test@kei.pl"));
    QCOMPARE(syntax.localPart, QStringLiteral("test"));
    QCOMPARE(syntax.domain.ascii, QStringLiteral("kei.pl"));
}

void TestAddressSyntax::okShowsTheAddress_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("shown");
    QTest::newRow("plain") << QStringLiteral("jan@kowalski.pl") << QStringLiteral("jan@kowalski.pl");
    QTest::newRow("display name") << QStringLiteral("Jan <jan@kowalski.pl>") << QStringLiteral("jan@kowalski.pl");
    QTest::newRow("mailto") << QStringLiteral("mailto:jan@kowalski.pl") << QStringLiteral("jan@kowalski.pl");
}

void TestAddressSyntax::okShowsTheAddress()
{
    QFETCH(QString, input);
    QFETCH(QString, shown);
    const AddressSyntax syntax = checkAddressSyntax(input);
    const Finding *ok = findingFor(syntax.findings, QStringLiteral("address.ok"));
    QVERIFY(ok);
    QCOMPARE(ok->severity, Severity::Ok);
    QVERIFY(ok->summary.render(Language::English).contains(shown));
    QCOMPARE(ok->data.value(QStringLiteral("mailbox")).toString(), shown);
}

void TestAddressSyntax::idnDomainInBothForms()
{
    const AddressSyntax syntax = checkAddressSyntax(QStringLiteral("jan@bücher.example.test"));
    QCOMPARE(syntax.domain.ascii, QStringLiteral("xn--bcher-kva.example.test"));
    QCOMPARE(syntax.domain.unicode, QStringLiteral("bücher.example.test"));
    QVERIFY(syntax.domain.isIdn());
    const Finding *ok = findingFor(syntax.findings, QStringLiteral("address.ok"));
    QVERIFY(ok);
    const QString summary = ok->summary.render(Language::English);
    QVERIFY2(summary.contains(QStringLiteral("jan@bücher.example.test")) &&
                 summary.contains(QLatin1String("jan@xn--bcher-kva.example.test")),
             qPrintable(summary));
    QCOMPARE(ok->data.value(QStringLiteral("ascii")).toString(), QStringLiteral("jan@xn--bcher-kva.example.test"));
    QCOMPARE(ok->data.value(QStringLiteral("unicode")).toString(), QStringLiteral("jan@bücher.example.test"));
    const Finding *idn = findingFor(syntax.findings, QStringLiteral("domain.idn"));
    QVERIFY(idn);
    QCOMPARE(idn->data.value(QStringLiteral("ascii")).toString(), QStringLiteral("xn--bcher-kva.example.test"));
    QCOMPARE(idn->data.value(QStringLiteral("unicode")).toString(), QStringLiteral("bücher.example.test"));
}

void TestAddressSyntax::domainFindingsKeepTheirSubject()
{
    const AddressSyntax syntax = checkAddressSyntax(QStringLiteral("<jan@kowalski>"));
    const Finding *single = findingFor(syntax.findings, QStringLiteral("domain.single_label"));
    QVERIFY(single);
    QCOMPARE(single->check, QStringLiteral("address"));
    QCOMPARE(single->subject, QStringLiteral("kowalski"));
    QCOMPARE(findingFor(syntax.findings, QStringLiteral("address.angle_brackets"))->subject,
             QStringLiteral("<jan@kowalski>"));
}

// Whatever is pasted, the address offered as the correction passes the
// check itself, and nothing crashes.
void TestAddressSyntax::correctedAddressIsClean()
{
    const QStringList pieces = {QStringLiteral("'"),       QStringLiteral("\""),   QStringLiteral("<"),
                                QStringLiteral(">"),       QStringLiteral("@"),    QStringLiteral("."),
                                QStringLiteral(" "),       QStringLiteral("jan"),  QStringLiteral("x.pl"),
                                QStringLiteral(","),       QStringLiteral("["),    QStringLiteral("]"),
                                QStringLiteral("mailto:"), QStringLiteral("ż"),    QStringLiteral("\\"),
                                QStringLiteral("\u200b"),  QStringLiteral("@x.pl")};
    int checked = 0;
    for (const QString &a : pieces) {
        for (const QString &b : pieces) {
            for (const QString &c : pieces) {
                for (const QString &d : {QString(), QStringLiteral("@x.pl"), QStringLiteral("'")}) {
                    const QString input = a + b + c + d;
                    const AddressSyntax syntax = checkAddressSyntax(input);
                    if (syntax.mailbox.isEmpty()) {
                        continue;
                    }
                    ++checked;
                    const AddressSyntax again = checkAddressSyntax(syntax.mailbox);
                    QVERIFY2(worstOf(again.findings) <= Severity::Warning,
                             qPrintable(input + QLatin1String(" -> ") + syntax.mailbox + QLatin1String(": ") +
                                        codesOf(again.findings).join(QLatin1Char(' '))));
                    QCOMPARE(again.mailbox, syntax.mailbox);
                }
            }
        }
    }
    QVERIFY(checked > 100);
}

void TestAddressSyntax::hugeInputIsRejected()
{
    const QString paste = QStringLiteral("jan@") + QString(50 * 1024 * 1024, QLatin1Char('x')) + QStringLiteral(".pl");
    const AddressSyntax syntax = checkAddressSyntax(paste);
    QCOMPARE(codesOf(syntax.findings), QStringList{QStringLiteral("address.too_long")});
    QVERIFY(syntax.mailbox.isEmpty());
    QVERIFY(!syntax.domain.isValid());
    QVERIFY(syntax.findings.first().subject.size() <= 100);
}

QTEST_GUILESS_MAIN(TestAddressSyntax)
#include "tst_addresssyntax.moc"
