// Rule 3 (docs/policy.md) as one function of the MX and A answers: the
// verdict the server gives and the diagnosis predicts.
#include "policy/maildomainrule.h"

#include <QTest>

using namespace mt;
using dns::DnsResult;
using dns::DnsStatus;
using dns::RecordType;
using policy::MailDomainVerdict;

Q_DECLARE_METATYPE(mt::policy::MailDomainVerdict)

namespace {

DnsResult answer(RecordType type, DnsStatus status, const QStringList &values = {})
{
    DnsResult result;
    result.type = type;
    result.status = status;
    for (const QString &value : values) {
        dns::ResourceRecord record;
        record.type = type;
        if (type == RecordType::MX) {
            record.target = value; // "" is the root: a null MX
        } else {
            record.address = QHostAddress(value);
        }
        result.records << record;
    }
    return result;
}

} // namespace

class TestMailDomainRule : public QObject
{
    Q_OBJECT

private slots:
    void verdict_data();
    void verdict();
};

void TestMailDomainRule::verdict_data()
{
    QTest::addColumn<DnsResult>("mx");
    QTest::addColumn<DnsResult>("a");
    QTest::addColumn<MailDomainVerdict>("expected");
    const DnsResult noA = answer(RecordType::A, DnsStatus::NoData);
    const DnsResult someA = answer(RecordType::A, DnsStatus::Answer, {QStringLiteral("192.0.2.1")});
    const DnsResult noMx = answer(RecordType::MX, DnsStatus::NoData);
    QTest::newRow("MX host") << answer(RecordType::MX, DnsStatus::Answer, {QStringLiteral("mx.test")}) << noA
                             << MailDomainVerdict::Valid;
    QTest::newRow("null MX alone") << answer(RecordType::MX, DnsStatus::Answer, {QString()}) << noA
                                   << MailDomainVerdict::Invalid;
    QTest::newRow("null MX beside an A record (Postfix: no mail)")
        << answer(RecordType::MX, DnsStatus::Answer, {QString()}) << someA << MailDomainVerdict::Invalid;
    QTest::newRow("null MX beside a real MX")
        << answer(RecordType::MX, DnsStatus::Answer, {QString(), QStringLiteral("mx.test")}) << noA
        << MailDomainVerdict::Valid;
    QTest::newRow("no MX, A") << noMx << someA << MailDomainVerdict::Valid;
    QTest::newRow("no MX, no A (AAAA does not count)") << noMx << noA << MailDomainVerdict::Invalid;
    QTest::newRow("NXDOMAIN") << answer(RecordType::MX, DnsStatus::NxDomain)
                              << answer(RecordType::A, DnsStatus::NxDomain) << MailDomainVerdict::Invalid;
    QTest::newRow("not a name") << answer(RecordType::MX, DnsStatus::InvalidName)
                                << answer(RecordType::A, DnsStatus::InvalidName) << MailDomainVerdict::Invalid;
    QTest::newRow("MX SERVFAIL, even with an A record")
        << answer(RecordType::MX, DnsStatus::ServFail) << someA << MailDomainVerdict::TemporaryFailure;
    QTest::newRow("MX timeout") << answer(RecordType::MX, DnsStatus::Timeout)
                                << answer(RecordType::A, DnsStatus::Timeout) << MailDomainVerdict::TemporaryFailure;
    QTest::newRow("no MX, A timed out") << noMx << answer(RecordType::A, DnsStatus::Timeout)
                                        << MailDomainVerdict::TemporaryFailure;
    QTest::newRow("no MX, A refused") << noMx << answer(RecordType::A, DnsStatus::Refused)
                                      << MailDomainVerdict::TemporaryFailure;
}

void TestMailDomainRule::verdict()
{
    QFETCH(DnsResult, mx);
    QFETCH(DnsResult, a);
    QFETCH(MailDomainVerdict, expected);
    QCOMPARE(policy::mailDomainVerdict(mx, a), expected);
    // The MX answer alone decides unless the domain has no MX records.
    const auto byMx = policy::mailDomainByMx(mx);
    QCOMPARE(byMx.value_or(policy::mailDomainByAddress(a)), expected);
    QCOMPARE(byMx.has_value(), mx.status != DnsStatus::NoData);
}

QTEST_GUILESS_MAIN(TestMailDomainRule)
#include "tst_maildomainrule.moc"
