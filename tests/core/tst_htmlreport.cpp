// The exported report: every text escaped, headings in the chosen
// language, a section per check, a huge input quoted only in part.
#include "diagnosis/datatext.h"
#include "diagnosis/htmlreport.h"
#include "diagnosis/inputfile.h"

#include <QTest>

using namespace mt;

class TestHtmlReport : public QObject
{
    Q_OBJECT

private slots:
    void report_data();
    void report();
    void hugeInputIsQuotedInPart();
    void decodeInputBytes_data();
    void decodeInputBytes();
    void readInputFileErrors();
    void dataValueText_data();
    void dataValueText();
};

namespace {

Findings sampleFindings()
{
    Finding mx(QStringLiteral("mx"), QStringLiteral("nothere.test"), Severity::Error, QStringLiteral("mx.nxdomain"),
               {"Severity", "Error"}, {"Advice", "fix <it> & \"now\""},
               {{QStringLiteral("reply_as_sender"), QStringLiteral("550 5.1.1 <x> invalid domain")}});
    Finding address(QStringLiteral("address"), QStringLiteral("'jan@nothere.test'"), Severity::Warning,
                    QStringLiteral("address.quoted"), {"Severity", "Warning"});
    return {mx, address};
}

} // namespace

void TestHtmlReport::report_data()
{
    QTest::addColumn<int>("language");
    QTest::addColumn<QStringList>("expected");
    QTest::addColumn<QStringList>("unexpected");
    QTest::newRow("English") << int(Language::English)
                             << QStringList{QStringLiteral("<html lang='en'>"),
                                            QStringLiteral("<h2>mx</h2>"),
                                            QStringLiteral("<h2>address</h2>"),
                                            QStringLiteral("550 5.1.1 &lt;x&gt; invalid domain"),
                                            QStringLiteral("fix &lt;it&gt; &amp; &quot;now&quot;"),
                                            QStringLiteral("&lt;script&gt;alert(1)&lt;/script&gt;"),
                                            QStringLiteral("mx.nxdomain"),
                                            QStringLiteral("2026-11-23T12:30:00Z"),
                                            QStringLiteral(">Error<")}
                             << QStringList{QStringLiteral("<script>"), QStringLiteral("<x>"), QStringLiteral("<it>")};
    QTest::newRow("Polish") << int(Language::Polish)
                            << QStringList{QStringLiteral("<html lang='pl'>"), QStringLiteral(">Błąd<"),
                                           QStringLiteral("550 5.1.1 &lt;x&gt; invalid domain")}
                            << QStringList{QStringLiteral(">Error<"), QStringLiteral("<script>")};
}

void TestHtmlReport::report()
{
    QFETCH(int, language);
    QFETCH(QStringList, expected);
    QFETCH(QStringList, unexpected);
    const QString html =
        diagnosisToHtml(QStringLiteral("<script>alert(1)</script>"), InputKind::Text, sampleFindings(),
                        static_cast<Language>(language), QDateTime(QDate(2026, 11, 23), QTime(12, 30), Qt::UTC));
    QVERIFY(html.startsWith(QLatin1String("<!DOCTYPE html>")));
    for (const QString &part : expected) {
        QVERIFY2(html.contains(part), qPrintable(QStringLiteral("missing %1 in\n%2").arg(part, html)));
    }
    for (const QString &part : unexpected) {
        QVERIFY2(!html.contains(part), qPrintable(QStringLiteral("unexpected %1 in\n%2").arg(part, html)));
    }
    QVERIFY(html.indexOf(QLatin1String("<h2>mx</h2>")) < html.indexOf(QLatin1String("<h2>address</h2>")));
}

void TestHtmlReport::hugeInputIsQuotedInPart()
{
    const QString input = QStringLiteral("Delivery failed ") + QString(5 * 1024 * 1024, QLatin1Char('x'));
    const QString html =
        diagnosisToHtml(input, InputKind::Text, {}, Language::English, QDateTime::currentDateTimeUtc());
    QVERIFY(html.size() < 64 * 1024);
    QVERIFY(html.contains(QLatin1String("Delivery failed xxx")));
    QVERIFY(html.contains(QChar(0x2026)));
    QVERIFY(html.contains(QLatin1String("No findings.")));
}

void TestHtmlReport::decodeInputBytes_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("expected");
    QTest::newRow("ASCII") << QByteArray("jan@x.pl") << QStringLiteral("jan@x.pl");
    QTest::newRow("UTF-8 with BOM") << QByteArray("\xEF\xBB\xBF"
                                                  "zażółć")
                                    << QStringLiteral("zażółć");
    QTest::newRow("BOM only") << QByteArray("\xEF\xBB\xBF") << QString();
    QTest::newRow("invalid byte kept as U+FFFD") << QByteArray("a\xFF"
                                                               "b")
                                                 << QStringLiteral("a\uFFFDb");
    QTest::newRow("NUL kept") << QByteArray("a\0b", 3) << QString(QStringLiteral("a")) + QChar(0) + QLatin1Char('b');
}

void TestHtmlReport::decodeInputBytes()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, expected);
    QCOMPARE(mt::decodeInputBytes(bytes), expected);
}

void TestHtmlReport::readInputFileErrors()
{
    const InputFile missing = readInputFile(QStringLiteral("/nonexistent/file.eml"));
    QVERIFY(missing.text.isEmpty());
    QVERIFY(missing.error.render(Language::English).contains(QLatin1String("/nonexistent/file.eml")));
    const InputFile folder = readInputFile(QStringLiteral("."));
    QVERIFY(!folder.error.isEmpty());
}

void TestHtmlReport::dataValueText_data()
{
    QTest::addColumn<QVariant>("value");
    QTest::addColumn<QString>("expected");
    QTest::newRow("text") << QVariant(QStringLiteral("v=spf1 -all")) << QStringLiteral("v=spf1 -all");
    QTest::newRow("number") << QVariant(10) << QStringLiteral("10");
    QTest::newRow("list") << QVariant(QStringList{QStringLiteral("192.0.2.1"), QStringLiteral("2001:db8::1")})
                          << QStringLiteral("192.0.2.1; 2001:db8::1");
    QTest::newRow("map in a list") << QVariant(QVariantList{
                                          QVariantMap{{QStringLiteral("host"), QStringLiteral("mx.x.test")},
                                                      {QStringLiteral("preference"), 10}}})
                                   << QStringLiteral("host=mx.x.test preference=10");
    QTest::newRow("empty") << QVariant() << QString();
}

void TestHtmlReport::dataValueText()
{
    QFETCH(QVariant, value);
    QFETCH(QString, expected);
    QCOMPARE(mt::dataValueText(value), expected);
}

QTEST_GUILESS_MAIN(TestHtmlReport)
#include "tst_htmlreport.moc"
