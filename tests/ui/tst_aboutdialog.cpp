// Help > About: the version --version prints, and the credit the country
// database's licence asks for, in the UI's language.
#include "aboutdialog.h"
#include "common/geoipdatabase.h"
#include "languagemanager.h"

#include <QFile>
#include <QTest>

using namespace mt;

class TestAboutDialog : public QObject
{
    Q_OBJECT

private slots:
    void showsVersionAndDatabase_data();
    void showsVersionAndDatabase();
};

void TestAboutDialog::showsVersionAndDatabase_data()
{
    QTest::addColumn<QString>("database");
    QTest::addColumn<Language>("language");
    QTest::addColumn<QStringList>("shown");

    const QString installed = QStringLiteral(MAILTRIAGE_GEOIP_DATABASE);
    QTest::newRow("the embedded database, English")
        << installed << Language::English
        << QStringList{QStringLiteral("ip-location-db (geo-whois-asn-country)"),
                       QStringLiteral("Number Resource Organization"), QStringLiteral("CC BY 4.0")};
    QTest::newRow("the embedded database, Polish")
        << installed << Language::Polish
        << QStringList{QStringLiteral("Baza krajów: geo-whois-asn-country.mmdb"), QStringLiteral("Dane o krajach"),
                       QStringLiteral("CC BY 4.0")};
    QTest::newRow("none installed") << QString() << Language::English
                                    << QStringList{QStringLiteral("No country database is installed")};
    QTest::newRow("an unreadable file") << QStringLiteral(MAILTRIAGE_TEST_FIXTURES "/dns/example.test.zone")
                                        << Language::English << QStringList{QStringLiteral("cannot be read")};
}

void TestAboutDialog::showsVersionAndDatabase()
{
    QFETCH(QString, database);
    QFETCH(Language, language);
    QFETCH(QStringList, shown);
    if (!database.isEmpty() && !QFile::exists(database)) {
        QSKIP("built without the GeoIP database (-DMAILTRIAGE_FETCH_GEOIP=OFF)");
    }
    LanguageManager languages;
    languages.setLanguage(language);
    GeoIpDatabase opened;
    opened.open(database);
    const AboutDialog dialog(&opened, database, language);
    const QString text = dialog.text();
    QVERIFY2(text.contains(QStringLiteral("MailTriage " MAILTRIAGE_VERSION)), qPrintable(text));
    for (const QString &part : shown) {
        QVERIFY2(text.contains(part), qPrintable(part + QStringLiteral(" not in ") + text));
    }
    languages.setLanguage(Language::English);
}

QTEST_MAIN(TestAboutDialog)
#include "tst_aboutdialog.moc"
