// Packet handling: which replies are accepted, and what they mean.
#include "dns/dnsmessage.h"

#include <QTest>

#include <ldns/ldns.h>

using namespace mt::dns;
using message::Verdict;

Q_DECLARE_METATYPE(Verdict)
Q_DECLARE_METATYPE(DnsStatus)
Q_DECLARE_METATYPE(RecordType)

namespace {

struct ReplySpec
{
    quint16 id = 0x1234;
    QString qname = QStringLiteral("example.test");
    RecordType qtype = RecordType::A;
    ldns_pkt_rcode rcode = LDNS_RCODE_NOERROR;
    QStringList answers; // zone-file lines
    bool tc = false;
    bool qr = true;
};

QByteArray makeReply(const ReplySpec &spec)
{
    ldns_rdf *owner = ldns_dname_new_frm_str(spec.qname.toLatin1().constData());
    ldns_pkt *packet = ldns_pkt_query_new(owner, static_cast<ldns_rr_type>(spec.qtype), LDNS_RR_CLASS_IN, LDNS_RD);
    ldns_pkt_set_id(packet, spec.id);
    ldns_pkt_set_qr(packet, spec.qr);
    ldns_pkt_set_tc(packet, spec.tc);
    ldns_pkt_set_rcode(packet, spec.rcode);
    for (const QString &line : spec.answers) {
        ldns_rr *rr = nullptr;
        if (ldns_rr_new_frm_str(&rr, line.toLatin1().constData(), 300, nullptr, nullptr) == LDNS_STATUS_OK) {
            ldns_pkt_push_rr(packet, LDNS_SECTION_ANSWER, rr);
        } else {
            qFatal("bad test RR: %s", qPrintable(line));
        }
    }
    uint8_t *wire = nullptr;
    size_t size = 0;
    ldns_pkt2wire(&wire, packet, &size);
    QByteArray bytes(reinterpret_cast<const char *>(wire), int(size));
    free(wire);
    ldns_pkt_free(packet);
    return bytes;
}

} // namespace

class TestDnsMessage : public QObject
{
    Q_OBJECT

private slots:
    void buildQuery_data();
    void buildQuery();
    void parseReply_data();
    void parseReply();
    void randomGarbageNeverCrashes();
};

void TestDnsMessage::buildQuery_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<bool>("valid");
    QTest::newRow("plain") << QStringLiteral("example.test") << true;
    QTest::newRow("absolute") << QStringLiteral("example.test.") << true;
    QTest::newRow("upper case") << QStringLiteral("EXAMPLE.Test") << true;
    QTest::newRow("punycode") << QStringLiteral("xn--bcher-kva.example.test") << true;
    QTest::newRow("63-octet label") << QString(63, QLatin1Char('a')) + QStringLiteral(".test") << true;
    QTest::newRow("64-octet label") << QString(64, QLatin1Char('a')) + QStringLiteral(".test") << false;
    QTest::newRow("254 characters") << (QString(62, QLatin1Char('a')) + QLatin1Char('.')).repeated(4) +
                                           QStringLiteral("ab")
                                    << false;
    QTest::newRow("empty label") << QStringLiteral("a..test") << false;
    QTest::newRow("empty") << QString() << false;
    QTest::newRow("space") << QStringLiteral("exa mple.test") << false;
    QTest::newRow("unicode not converted") << QStringLiteral("bücher.example.test") << false;
    QTest::newRow("backslash") << QStringLiteral("a\\.test") << false;
}

void TestDnsMessage::buildQuery()
{
    QFETCH(QString, name);
    QFETCH(bool, valid);
    const QByteArray wire = message::buildQuery(name, RecordType::MX, 0xBEEF);
    QCOMPARE(!wire.isEmpty(), valid);
    if (!valid) {
        QVERIFY(!message::nameProblem(name).isEmpty());
        return;
    }
    ldns_pkt *packet = nullptr;
    QCOMPARE(ldns_wire2pkt(&packet, reinterpret_cast<const uint8_t *>(wire.constData()), size_t(wire.size())),
             LDNS_STATUS_OK);
    QCOMPARE(ldns_pkt_id(packet), quint16(0xBEEF));
    QVERIFY(ldns_pkt_rd(packet));
    QVERIFY(!ldns_pkt_qr(packet));
    QCOMPARE(ldns_pkt_edns_udp_size(packet), message::ednsUdpSize);
    QCOMPARE(int(ldns_rr_list_rr_count(ldns_pkt_question(packet))), 1);
    QCOMPARE(ldns_rr_get_type(ldns_rr_list_rr(ldns_pkt_question(packet), 0)), LDNS_RR_TYPE_MX);
    ldns_pkt_free(packet);
}

void TestDnsMessage::parseReply_data()
{
    QTest::addColumn<QByteArray>("wire");
    QTest::addColumn<QString>("name");
    QTest::addColumn<RecordType>("type");
    QTest::addColumn<Verdict>("verdict");
    QTest::addColumn<DnsStatus>("status");
    QTest::addColumn<QStringList>("data"); // address, "pref target", or TXT strings joined by |
    QTest::addColumn<QStringList>("chain");

    const QString name = QStringLiteral("example.test");
    ReplySpec a;
    a.answers = {QStringLiteral("example.test. 300 IN A 192.0.2.10")};
    QTest::newRow("A answer") << makeReply(a) << name << RecordType::A << Verdict::Final << DnsStatus::Answer
                              << QStringList{QStringLiteral("192.0.2.10")} << QStringList();
    QTest::newRow("question asked in other case")
        << makeReply(a) << QStringLiteral("EXAMPLE.TEST.") << RecordType::A << Verdict::Final << DnsStatus::Answer
        << QStringList{QStringLiteral("192.0.2.10")} << QStringList();
    ReplySpec wrongId = a;
    wrongId.id = 0x4321;
    QTest::newRow("wrong ID is ignored") << makeReply(wrongId) << name << RecordType::A << Verdict::NotOurs
                                         << DnsStatus::Timeout << QStringList() << QStringList();
    ReplySpec wrongName = a;
    wrongName.qname = QStringLiteral("other.test");
    QTest::newRow("other question name is ignored") << makeReply(wrongName) << name << RecordType::A << Verdict::NotOurs
                                                    << DnsStatus::Timeout << QStringList() << QStringList();
    QTest::newRow("other question type is ignored") << makeReply(a) << name << RecordType::AAAA << Verdict::NotOurs
                                                    << DnsStatus::Timeout << QStringList() << QStringList();

    ReplySpec aaaa;
    aaaa.qtype = RecordType::AAAA;
    aaaa.answers = {QStringLiteral("example.test. 300 IN AAAA 2001:db8::25")};
    QTest::newRow("AAAA answer") << makeReply(aaaa) << name << RecordType::AAAA << Verdict::Final << DnsStatus::Answer
                                 << QStringList{QStringLiteral("2001:db8::25")} << QStringList();

    ReplySpec mx;
    mx.qtype = RecordType::MX;
    mx.answers = {QStringLiteral("example.test. 300 IN MX 20 MX2.example.test."),
                  QStringLiteral("example.test. 300 IN MX 10 mx1.example.test.")};
    QTest::newRow("MX answer, names lower-cased")
        << makeReply(mx) << name << RecordType::MX << Verdict::Final << DnsStatus::Answer
        << QStringList{QStringLiteral("20 mx2.example.test"), QStringLiteral("10 mx1.example.test")} << QStringList();
    ReplySpec nullMx = mx;
    nullMx.answers = {QStringLiteral("example.test. 300 IN MX 0 .")};
    QTest::newRow("null MX has an empty target")
        << makeReply(nullMx) << name << RecordType::MX << Verdict::Final << DnsStatus::Answer
        << QStringList{QStringLiteral("0 ")} << QStringList();

    ReplySpec txt;
    txt.qtype = RecordType::TXT;
    txt.answers = {QStringLiteral("example.test. 300 IN TXT \"v=spf1 ip4:192.0.2.0/24 \" \"-all\"")};
    QTest::newRow("TXT keeps its character-strings")
        << makeReply(txt) << name << RecordType::TXT << Verdict::Final << DnsStatus::Answer
        << QStringList{QStringLiteral("v=spf1 ip4:192.0.2.0/24 |-all")} << QStringList();

    ReplySpec cname;
    cname.qname = QStringLiteral("www.example.test");
    cname.answers = {QStringLiteral("www.example.test. 300 IN CNAME example.test."),
                     QStringLiteral("example.test. 300 IN A 192.0.2.10")};
    QTest::newRow("CNAME followed to the address")
        << makeReply(cname) << QStringLiteral("www.example.test") << RecordType::A << Verdict::Final
        << DnsStatus::Answer << QStringList{QStringLiteral("192.0.2.10")}
        << QStringList{QStringLiteral("www.example.test")};
    ReplySpec dangling = cname;
    dangling.answers = {QStringLiteral("www.example.test. 300 IN CNAME gone.example.test.")};
    QTest::newRow("CNAME to a name without the type is NODATA")
        << makeReply(dangling) << QStringLiteral("www.example.test") << RecordType::A << Verdict::Final
        << DnsStatus::NoData << QStringList() << QStringList{QStringLiteral("www.example.test")};
    ReplySpec unrelated = a;
    unrelated.answers = {QStringLiteral("evil.test. 300 IN A 203.0.113.66")};
    QTest::newRow("records of other names are not answers")
        << makeReply(unrelated) << name << RecordType::A << Verdict::Final << DnsStatus::NoData << QStringList()
        << QStringList();

    ReplySpec nodata;
    QTest::newRow("NOERROR without records is NODATA") << makeReply(nodata) << name << RecordType::A << Verdict::Final
                                                       << DnsStatus::NoData << QStringList() << QStringList();
    ReplySpec nx;
    nx.rcode = LDNS_RCODE_NXDOMAIN;
    QTest::newRow("NXDOMAIN") << makeReply(nx) << name << RecordType::A << Verdict::Final << DnsStatus::NxDomain
                              << QStringList() << QStringList();
    ReplySpec servfail;
    servfail.rcode = LDNS_RCODE_SERVFAIL;
    QTest::newRow("SERVFAIL") << makeReply(servfail) << name << RecordType::A << Verdict::Final << DnsStatus::ServFail
                              << QStringList() << QStringList();
    ReplySpec refused;
    refused.rcode = LDNS_RCODE_REFUSED;
    QTest::newRow("REFUSED") << makeReply(refused) << name << RecordType::A << Verdict::Final << DnsStatus::Refused
                             << QStringList() << QStringList();
    ReplySpec formerr;
    formerr.rcode = LDNS_RCODE_FORMERR;
    QTest::newRow("FORMERR counts as a server failure") << makeReply(formerr) << name << RecordType::A << Verdict::Final
                                                        << DnsStatus::ServFail << QStringList() << QStringList();
    ReplySpec truncated = a;
    truncated.tc = true;
    QTest::newRow("TC bit asks for TCP") << makeReply(truncated) << name << RecordType::A << Verdict::Truncated
                                         << DnsStatus::Timeout << QStringList() << QStringList();
    ReplySpec query = a;
    query.qr = false;
    QTest::newRow("a query is not a reply") << makeReply(query) << name << RecordType::A << Verdict::Malformed
                                            << DnsStatus::Malformed << QStringList() << QStringList();

    QByteArray garbage = QByteArray::fromHex("1234") + QByteArray("\x81\x80\x00\x01\x00\x05garbage", 13);
    QTest::newRow("garbage with our ID is malformed") << garbage << name << RecordType::A << Verdict::Malformed
                                                      << DnsStatus::Malformed << QStringList() << QStringList();
    QByteArray cut = makeReply(mx);
    cut.chop(9);
    QTest::newRow("cut-off reply is malformed") << cut << name << RecordType::MX << Verdict::Malformed
                                                << DnsStatus::Malformed << QStringList() << QStringList();
    QTest::newRow("one byte") << QByteArray("\x12", 1) << name << RecordType::A << Verdict::NotOurs
                              << DnsStatus::Timeout << QStringList() << QStringList();
}

void TestDnsMessage::parseReply()
{
    QFETCH(QByteArray, wire);
    QFETCH(QString, name);
    QFETCH(RecordType, type);
    QFETCH(Verdict, verdict);
    QFETCH(DnsStatus, status);
    QFETCH(QStringList, data);
    QFETCH(QStringList, chain);

    const message::Reply reply = message::parseReply(wire, 0x1234, name, type);
    QCOMPARE(reply.verdict, verdict);
    if (verdict == Verdict::Final || verdict == Verdict::Malformed) {
        QCOMPARE(reply.result.status, status);
    }
    QStringList got;
    for (const ResourceRecord &record : reply.result.records) {
        if (record.type == RecordType::MX) {
            got << QStringLiteral("%1 %2").arg(record.preference).arg(record.target);
        } else if (record.type == RecordType::TXT) {
            got << record.strings.join(QLatin1Char('|'));
        } else {
            got << record.address.toString();
        }
    }
    QCOMPARE(got, data);
    QCOMPARE(reply.result.cnameChain, chain);
}

void TestDnsMessage::randomGarbageNeverCrashes()
{
    // Whatever a broken or hostile server sends, the parser answers.
    std::srand(7);
    for (int i = 0; i < 5000; ++i) {
        QByteArray wire(std::rand() % 600, Qt::Uninitialized);
        for (char &c : wire) {
            c = char(std::rand());
        }
        if (wire.size() >= 2) {
            wire[0] = 0x12;
            wire[1] = 0x34;
        }
        const auto reply = message::parseReply(wire, 0x1234, QStringLiteral("example.test"), RecordType::MX);
        QVERIFY(reply.verdict != Verdict::Final || reply.result.status != DnsStatus::Timeout);
    }
}

QTEST_APPLESS_MAIN(TestDnsMessage)
#include "tst_dnsmessage.moc"
