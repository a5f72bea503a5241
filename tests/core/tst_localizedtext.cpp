// Texts render in either language whatever the UI's, with their arguments.
#include "checks/finding.h"
#include "common/localizedtext.h"

#include <QCoreApplication>
#include <QTest>

using namespace mt;

class TestLocalizedText : public QObject
{
    Q_OBJECT

private slots:
    void render_data();
    void render();
    void parseLanguage_data();
    void parseLanguage();
    void substitute_data();
    void substitute();
};

void TestLocalizedText::render_data()
{
    QTest::addColumn<QString>("english");
    QTest::addColumn<QString>("polish");
    QTest::addColumn<QString>("expectedEnglish");
    QTest::addColumn<QString>("expectedPolish");
    const LocalizedText error = severityLabel(Severity::Error);
    QTest::newRow("severity") << error.render(Language::English) << error.render(Language::Polish)
                              << QStringLiteral("Error") << QStringLiteral("Błąd");
    const LocalizedText withArgs{"Report",
                                 QT_TRANSLATE_NOOP("Report", "Errors: %1, warnings: %2, time: %3 ms"),
                                 {QStringLiteral("1"), QStringLiteral("2"), QStringLiteral("3")}};
    QTest::newRow("arguments") << withArgs.render(Language::English) << withArgs.render(Language::Polish)
                               << QStringLiteral("Errors: 1, warnings: 2, time: 3 ms")
                               << QStringLiteral("Błędy: 1, ostrzeżenia: 2, czas: 3 ms");
    const LocalizedText unknown{"Report", "a text nobody translated"};
    QTest::newRow("untranslated falls back to English")
        << unknown.render(Language::English) << unknown.render(Language::Polish)
        << QStringLiteral("a text nobody translated") << QStringLiteral("a text nobody translated");
}

void TestLocalizedText::render()
{
    QFETCH(QString, english);
    QFETCH(QString, polish);
    QFETCH(QString, expectedEnglish);
    QFETCH(QString, expectedPolish);
    QCOMPARE(english, expectedEnglish);
    QCOMPARE(polish, expectedPolish);
}

void TestLocalizedText::parseLanguage_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<int>("language"); // -1: not a language we have
    QTest::newRow("pl") << QStringLiteral("pl") << int(Language::Polish);
    QTest::newRow("pl_PL.UTF-8") << QStringLiteral("pl_PL.UTF-8") << int(Language::Polish);
    QTest::newRow("EN") << QStringLiteral("EN") << int(Language::English);
    QTest::newRow("en-GB") << QStringLiteral("en-GB") << int(Language::English);
    QTest::newRow("de") << QStringLiteral("de") << -1;
    QTest::newRow("empty") << QString() << -1;
}

void TestLocalizedText::parseLanguage()
{
    QFETCH(QString, code);
    QFETCH(int, language);
    const auto parsed = mt::parseLanguage(code);
    QCOMPARE(parsed ? int(*parsed) : -1, language);
}

void TestLocalizedText::substitute_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("expected");
    QTest::newRow("in order") << QStringLiteral("%1 and %2") << QStringList{QStringLiteral("a"), QStringLiteral("b")}
                              << QStringLiteral("a and b");
    QTest::newRow("reordered by a translation")
        << QStringLiteral("%2 of %1") << QStringList{QStringLiteral("x.pl"), QStringLiteral("mx")}
        << QStringLiteral("mx of x.pl");
    QTest::newRow("repeated") << QStringLiteral("%1 (mail.%1)") << QStringList{QStringLiteral("x.pl")}
                              << QStringLiteral("x.pl (mail.x.pl)");
    QTest::newRow("argument containing a placeholder stays")
        << QStringLiteral("%1: %2") << QStringList{QStringLiteral("50%2 off"), QStringLiteral("b")}
        << QStringLiteral("50%2 off: b");
    QTest::newRow("unused argument") << QStringLiteral("only %1")
                                     << QStringList{QStringLiteral("a"), QStringLiteral("b")}
                                     << QStringLiteral("only a");
    QTest::newRow("missing argument left visible")
        << QStringLiteral("%1 %3") << QStringList{QStringLiteral("a")} << QStringLiteral("a %3");
    QTest::newRow("percent sign") << QStringLiteral("100% sure, %1") << QStringList{QStringLiteral("a")}
                                  << QStringLiteral("100% sure, a");
    QTest::newRow("tenth argument") << QStringLiteral("%10") << QStringList(10, QStringLiteral("z"))
                                    << QStringLiteral("z");
}

void TestLocalizedText::substitute()
{
    QFETCH(QString, text);
    QFETCH(QStringList, args);
    QFETCH(QString, expected);
    QCOMPARE(mt::substitute(text, args), expected);
}

QTEST_GUILESS_MAIN(TestLocalizedText)
#include "tst_localizedtext.moc"
