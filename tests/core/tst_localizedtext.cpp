// Texts render in either language whatever the UI's, with their arguments.
#include "checks/finding.h"
#include "checks/localizedtext.h"

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
};

void TestLocalizedText::render_data()
{
    QTest::addColumn<QString>("english");
    QTest::addColumn<QString>("polish");
    const LocalizedText error = severityLabel(Severity::Error);
    QTest::newRow("severity") << error.render(Language::English) << error.render(Language::Polish);
    const LocalizedText withArgs{"Report",
                                 QT_TRANSLATE_NOOP("Report", "Input: %1 (%2)"),
                                 {QStringLiteral("jan@kowalski.pl"), QStringLiteral("x")}};
    QTest::newRow("arguments") << withArgs.render(Language::English) << withArgs.render(Language::Polish);
    const LocalizedText unknown{"Report", "a text nobody translated"};
    QTest::newRow("untranslated falls back to English")
        << unknown.render(Language::English) << unknown.render(Language::Polish);
}

void TestLocalizedText::render()
{
    QFETCH(QString, english);
    QFETCH(QString, polish);
    const QString tag = QString::fromLatin1(QTest::currentDataTag());
    if (tag == QLatin1String("severity")) {
        QCOMPARE(english, QStringLiteral("Error"));
        QCOMPARE(polish, QStringLiteral("Błąd"));
    } else if (tag == QLatin1String("arguments")) {
        QCOMPARE(english, QStringLiteral("Input: jan@kowalski.pl (x)"));
        QCOMPARE(polish, QStringLiteral("Dane wejściowe: jan@kowalski.pl (x)"));
    } else {
        QCOMPARE(polish, english);
    }
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

QTEST_GUILESS_MAIN(TestLocalizedText)
#include "tst_localizedtext.moc"
