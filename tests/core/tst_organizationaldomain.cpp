// Organizational domains (RFC 7489 3.2) from the Public Suffix List.
#include "checks/organizationaldomain.h"

#include <QTest>

using namespace mt;

class TestOrganizationalDomain : public QObject
{
    Q_OBJECT

private slots:
    void organizational_data();
    void organizational();
    void publicSuffix_data();
    void publicSuffix();
};

void TestOrganizationalDomain::organizational_data()
{
    QTest::addColumn<QString>("domain");
    QTest::addColumn<QString>("expected");

    auto row = [](const char *name, const char *domain, const char *expected) {
        QTest::newRow(name) << QString::fromUtf8(domain) << QString::fromUtf8(expected);
    };
    row("registrable domain itself", "example.com", "example.com");
    row("one label below", "mail.example.com", "example.com");
    row("deep subdomain", "a.b.c.example.com", "example.com");
    row("two-label suffix co.uk", "www.example.co.uk", "example.co.uk");
    row("Polish functional suffix com.pl", "sklep.com.pl", "sklep.com.pl");
    row("subdomain under com.pl", "poczta.sklep.com.pl", "sklep.com.pl");
    row("Polish regional suffix waw.pl", "www.firma.waw.pl", "firma.waw.pl");
    row("plain .pl", "mail.kowalski.pl", "kowalski.pl");
    row("unknown TLD: default rule *", "x.y.example.test", "example.test");
    row("unknown TLD, registrable", "example.test", "example.test");
    row("IDN in A-labels", "poczta.xn--bcher-kva.pl", "xn--bcher-kva.pl");
    row("case and final dot", "Mail.Example.COM.", "example.com");
    row("wildcard rule *.ck", "www.shop.example.ck", "shop.example.ck");
    row("exception rule !www.ck", "www.ck", "www.ck");
    row("public suffix co.uk has none", "co.uk", "");
    row("TLD has none", "com", "");
    row("unknown TLD alone has none", "test", "");
    row("empty", "", "");
    row("only a dot", ".", "");
    row("leading dot", ".example.com", "");
}

void TestOrganizationalDomain::organizational()
{
    QFETCH(QString, domain);
    QFETCH(QString, expected);
    QCOMPARE(organizationalDomain(domain), expected);
}

void TestOrganizationalDomain::publicSuffix_data()
{
    QTest::addColumn<QString>("domain");
    QTest::addColumn<bool>("expected");
    QTest::newRow("com") << QStringLiteral("com") << true;
    QTest::newRow("co.uk") << QStringLiteral("co.uk") << true;
    QTest::newRow("com.pl") << QStringLiteral("com.pl") << true;
    QTest::newRow("example.com") << QStringLiteral("example.com") << false;
    QTest::newRow("kowalski.pl") << QStringLiteral("kowalski.pl") << false;
    QTest::newRow("empty") << QString() << false;
}

void TestOrganizationalDomain::publicSuffix()
{
    QFETCH(QString, domain);
    QFETCH(bool, expected);
    QCOMPARE(isPublicSuffix(domain), expected);
}

QTEST_GUILESS_MAIN(TestOrganizationalDomain)
#include "tst_organizationaldomain.moc"
