// Rule 3 (MX or A) over zone data from memory: what counts, what is only a
// temporary failure, and the minute-long cache on a manual clock.
#include "fakeresolver.h"
#include "policy/domainvalidator.h"

#include <QTest>

using namespace mt;
using dns::DnsStatus;
using dns::RecordType;
using Result = policy::DomainValidator::Result;

Q_DECLARE_METATYPE(mt::policy::DomainValidator::Result)

class TestDomainValidator : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void verdicts_data();
    void verdicts();
    void cache();

private:
    Result check(policy::DomainValidator &validator, const QString &domain);
    test::FakeResolver m_dns;
};

void TestDomainValidator::initTestCase()
{
    m_dns.add(QStringLiteral("mx.test"), RecordType::MX, QStringLiteral("10 mail.mx.test"));
    m_dns.add(QStringLiteral("a.test"), RecordType::A, QStringLiteral("192.0.2.1"));
    m_dns.add(QStringLiteral("v6.test"), RecordType::AAAA, QStringLiteral("2001:db8::1"));
    m_dns.add(QStringLiteral("nullmx.test"), RecordType::MX, QStringLiteral("0 ."));
    m_dns.add(QStringLiteral("nullmx-a.test"), RecordType::MX, QStringLiteral("0 ."));
    m_dns.add(QStringLiteral("nullmx-a.test"), RecordType::A, QStringLiteral("192.0.2.3"));
    m_dns.add(QStringLiteral("xn--bcher-kva.test"), RecordType::MX, QStringLiteral("10 mail.mx.test"));
    m_dns.add(QStringLiteral("txt.test"), RecordType::TXT, QStringLiteral("v=spf1 -all"));
    m_dns.setStatus(QStringLiteral("servfail.test"), RecordType::MX, DnsStatus::ServFail);
    m_dns.setStatus(QStringLiteral("servfail.test"), RecordType::A, DnsStatus::ServFail);
    m_dns.setStatus(QStringLiteral("halfslow.test"), RecordType::MX, DnsStatus::Timeout);
    m_dns.add(QStringLiteral("halfslow.test"), RecordType::A, QStringLiteral("192.0.2.2"));
    m_dns.setStatus(QStringLiteral("halfbad.test"), RecordType::MX, DnsStatus::ServFail);
}

Result TestDomainValidator::check(policy::DomainValidator &validator, const QString &domain)
{
    std::optional<Result> result;
    validator.check(domain, this, [&result](Result r) { result = r; });
    if (!QTest::qWaitFor([&] { return result.has_value(); }, 5000)) {
        return Result::TemporaryFailure;
    }
    return *result;
}

void TestDomainValidator::verdicts_data()
{
    QTest::addColumn<QString>("domain");
    QTest::addColumn<Result>("expected");
    QTest::newRow("MX") << "mx.test" << Result::Valid;
    QTest::newRow("upper case") << "MX.TEST" << Result::Valid;
    QTest::newRow("A only (implicit MX)") << "a.test" << Result::Valid;
    QTest::newRow("AAAA only: the provider wants MX or A") << "v6.test" << Result::Invalid;
    QTest::newRow("null MX") << "nullmx.test" << Result::Invalid;
    QTest::newRow("exists, no MX, no A") << "txt.test" << Result::Invalid;
    QTest::newRow("NXDOMAIN") << "nowhere.test" << Result::Invalid;
    QTest::newRow("SERVFAIL: not invalid") << "servfail.test" << Result::TemporaryFailure;
    QTest::newRow("null MX beside an A record: no mail (Postfix)") << "nullmx-a.test" << Result::Invalid;
    QTest::newRow("IDN asked in its ASCII form") << QStringLiteral("bücher.test") << Result::Valid;
    QTest::newRow("MX timed out, A answered: the MX decides") << "halfslow.test" << Result::TemporaryFailure;
    QTest::newRow("MX SERVFAIL, no A") << "halfbad.test" << Result::TemporaryFailure;
    QTest::newRow("not a domain name") << "bad name..test" << Result::Invalid;
}

void TestDomainValidator::verdicts()
{
    QFETCH(QString, domain);
    QFETCH(Result, expected);
    policy::ManualClock clock;
    policy::DomainValidator validator(m_dns, clock);
    QCOMPARE(check(validator, domain), expected);
}

void TestDomainValidator::cache()
{
    policy::ManualClock clock;
    policy::DomainValidator validator(m_dns, clock);
    QVERIFY(!validator.cached(QStringLiteral("mx.test")));
    const int before = m_dns.queries();
    QCOMPARE(check(validator, QStringLiteral("mx.test")), Result::Valid);
    QCOMPARE(m_dns.queries(), before + 2); // MX and A, together
    QCOMPARE(validator.cached(QStringLiteral("MX.test")), std::optional<Result>(Result::Valid));
    QCOMPARE(check(validator, QStringLiteral("mx.test")), Result::Valid);
    QCOMPARE(m_dns.queries(), before + 2); // from the cache
    // Temporary failures are asked again.
    QCOMPARE(check(validator, QStringLiteral("servfail.test")), Result::TemporaryFailure);
    QVERIFY(!validator.cached(QStringLiteral("servfail.test")));
    clock.advanceMs(policy::DomainValidator::cacheMs);
    QVERIFY(!validator.cached(QStringLiteral("mx.test")));
}

QTEST_GUILESS_MAIN(TestDomainValidator)
#include "tst_domainvalidator.moc"
