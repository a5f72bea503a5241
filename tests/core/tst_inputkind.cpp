// What staff paste is recognized the way a person would: addresses with the
// customers' mistakes are still addresses, replies and bounces are text, and
// a 50 MB paste is recognized at once.
#include "diagnosis/inputkind.h"

#include <QTest>

using namespace mt;

Q_DECLARE_METATYPE(mt::InputKind)

class TestInputKind : public QObject
{
    Q_OBJECT

private slots:
    void detect_data();
    void detect();
    void idsAndLabels_data();
    void idsAndLabels();
    void messageOrBounce_data();
    void messageOrBounce();
    void hugePaste_data();
    void hugePaste();
};

void TestInputKind::detect_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<InputKind>("kind");

    auto row = [](const char *name, const QString &input, InputKind kind) { QTest::newRow(name) << input << kind; };

    row("empty", QString(), InputKind::Empty);
    row("whitespace only", QStringLiteral(" \t\r\n "), InputKind::Empty);

    row("address", QStringLiteral("jan@kowalski.pl"), InputKind::Address);
    row("address with a newline after it", QStringLiteral("jan@kowalski.pl\n"), InputKind::Address);
    row("seed 5.1.2 apostrophes", QStringLiteral("'test@kei.pl'"), InputKind::Address);
    row("stray space before @", QStringLiteral("jan @kowalski.pl"), InputKind::Address);
    row("stray space after @", QStringLiteral("jan@ kowalski.pl"), InputKind::Address);
    row("spaces around @", QStringLiteral("jan @ kowalski.pl"), InputKind::Address);
    row("angle brackets", QStringLiteral("<jan@x.pl>"), InputKind::Address);
    row("display name", QStringLiteral("Jan <jan@x.pl>"), InputKind::Address);
    row("display name of three words", QStringLiteral("Jan Maria Kowalska <jan@x.pl>"), InputKind::Address);
    row("quoted display name", QStringLiteral("\"Biuro Kowalski Sp. z o.o.\" <biuro@x.pl>"), InputKind::Address);
    row("mailto", QStringLiteral("mailto:jan@x.pl"), InputKind::Address);
    row("two @", QStringLiteral("jan@@x.pl"), InputKind::Address);
    row("only @", QStringLiteral("@"), InputKind::Address);
    row("several addresses", QStringLiteral("jan@x.pl, anna@y.pl"), InputKind::Address);
    row("IDN address", QStringLiteral("jan@żółw.pl"), InputKind::Address);
    row("address literal", QStringLiteral("jan@[IPv6:2001:db8::1]"), InputKind::Address);

    row("domain", QStringLiteral("kowalski.pl"), InputKind::Domain);
    row("domain with a final dot", QStringLiteral("kowalski.pl."), InputKind::Domain);
    row("IDN domain", QStringLiteral("bücher.example"), InputKind::Domain);
    row("IDN domain żółw.pl", QStringLiteral("żółw.pl"), InputKind::Domain);
    row("IDN in its DNS form", QStringLiteral("xn--bcher-kva.example"), InputKind::Domain);
    row("domain in apostrophes", QStringLiteral("'kei.pl'"), InputKind::Domain);
    row("single word", QStringLiteral("kowalski"), InputKind::Domain);
    row("mistyped IP address", QStringLiteral("192.0.2.256"), InputKind::Domain);
    row("too short for an IP address", QStringLiteral("1.2"), InputKind::Domain);
    row("300-character label", QString(300, QLatin1Char('a')) + QStringLiteral(".pl"), InputKind::Domain);
    row("control character in a domain", QStringLiteral("kowal\x01ski.pl"), InputKind::Domain);

    row("IPv4", QStringLiteral("192.0.2.1"), InputKind::IPv4);
    row("IPv4 in brackets", QStringLiteral("[192.0.2.1]"), InputKind::IPv4);
    row("IPv4 with spaces around", QStringLiteral("  192.0.2.1 \n"), InputKind::IPv4);
    row("IPv6", QStringLiteral("2001:db8::1"), InputKind::IPv6);
    row("IPv6 in brackets", QStringLiteral("[2001:db8::1]"), InputKind::IPv6);
    row("IPv6 literal tag", QStringLiteral("[IPv6:2001:db8::1]"), InputKind::IPv6);
    row("IPv6 loopback", QStringLiteral("::1"), InputKind::IPv6);
    row("IPv6 in full", QStringLiteral("2001:0db8:0000:0000:0000:0000:0000:0001"), InputKind::IPv6);
    row("IPv4-mapped IPv6", QStringLiteral("::ffff:192.0.2.1"), InputKind::IPv6);

    row("a lone number is not an IP", QStringLiteral("1"), InputKind::Text);
    row("reply code alone", QStringLiteral("550"), InputKind::Text);
    row("reply line", QStringLiteral("550 5.1.1 <jan@x.pl>: Recipient address rejected: User unknown"),
        InputKind::Text);
    row("continued reply line", QStringLiteral("550-5.7.1 Message rejected"), InputKind::Text);
    row("enhanced status code", QStringLiteral("5.1.2"), InputKind::Text);
    row("seed 5.1.2 bounce line",
        QStringLiteral("failure: Sorry,_I_couldn't_find_any_host_named_/_Nie_mozna_znalezc_hosta_:_kei.pl'._(#5.1.2)"),
        InputKind::Text);
    row("sentence around an address",
        QStringLiteral("Delivery to the following recipient failed permanently: jan@x.pl"), InputKind::Text);
    row("sentence ending in an address", QStringLiteral("Could not deliver the message to <jan@x.pl>"),
        InputKind::Text);
    row("address followed by a reply", QStringLiteral("<jan@x.pl>: Recipient address rejected"), InputKind::Text);
    row("header line", QStringLiteral("To: jan@x.pl"), InputKind::Text);
    row("several lines", QStringLiteral("jan@x.pl\nanna@y.pl"), InputKind::Text);
    row("bounce", QStringLiteral("Hi. This is the qmail-send program.\n<jan@x.pl>:\nSorry, no mailbox here."),
        InputKind::Text);
    row("words", QStringLiteral("my mail bounced"), InputKind::Text);
    row("web address", QStringLiteral("https://kowalski.pl/poczta"), InputKind::Text);
    row("IP with a port", QStringLiteral("192.0.2.1:25"), InputKind::Text);
}

void TestInputKind::detect()
{
    QFETCH(QString, input);
    QFETCH(InputKind, kind);
    QCOMPARE(detectInputKind(input), kind);
}

void TestInputKind::idsAndLabels_data()
{
    QTest::addColumn<InputKind>("kind");
    QTest::addColumn<QString>("id");
    QTest::addColumn<QString>("label");
    QTest::newRow("empty") << InputKind::Empty << QStringLiteral("empty") << QStringLiteral("Nothing entered");
    QTest::newRow("address") << InputKind::Address << QStringLiteral("address") << QStringLiteral("E-mail address");
    QTest::newRow("domain") << InputKind::Domain << QStringLiteral("domain") << QStringLiteral("Domain");
    QTest::newRow("ipv4") << InputKind::IPv4 << QStringLiteral("ipv4") << QStringLiteral("IPv4 address");
    QTest::newRow("ipv6") << InputKind::IPv6 << QStringLiteral("ipv6") << QStringLiteral("IPv6 address");
    QTest::newRow("text") << InputKind::Text << QStringLiteral("text")
                          << QStringLiteral("Text (a bounce or a server reply)");
    QTest::newRow("message") << InputKind::Message << QStringLiteral("message")
                             << QStringLiteral("Message (its headers: path and authentication)");
}

void TestInputKind::messageOrBounce_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<InputKind>("kind");
    QTest::addColumn<bool>("bounce"); // what `message FILE` hands to the bounce analyzer
    const QString headers = QStringLiteral("Received: from a.example.net (a.example.net [192.0.2.1]) by "
                                           "mx.example.org; Mon, 4 Mar 2024 10:00:00 +0000\n"
                                           "From: Jan <jan@example.net>\nTo: anna@example.org\n");
    QTest::newRow("header block") << headers + QStringLiteral("Subject: Oferta\n") << InputKind::Message << false;
    QTest::newRow("message with a body") << headers + QStringLiteral("Subject: Oferta\n\nDzien dobry\n")
                                         << InputKind::Message << false;
    QTest::newRow("mbox From line first")
        << QStringLiteral("From jan@example.net Mon Mar  4 10:00:00 2024\n") + headers + QStringLiteral("\nx\n")
        << InputKind::Message << false;
    QTest::newRow("CRLF") << QString(headers).replace(QStringLiteral("\n"), QStringLiteral("\r\n"))
                          << InputKind::Message << false;
    QTest::newRow("bounce subject") << headers + QStringLiteral("Subject: Undelivered Mail Returned to Sender\n")
                                    << InputKind::Text << true;
    QTest::newRow("Polish bounce subject")
        << headers + QStringLiteral("Subject: Wiadomość niedostarczona\n") << InputKind::Text << true;
    QTest::newRow("delivery report") << headers + QStringLiteral("Content-Type: multipart/report;\n "
                                                                 "report-type=delivery-status; boundary=x\n")
                                     << InputKind::Text << true;
    QTest::newRow("mailer-daemon") << QStringLiteral("From: MAILER-DAEMON@mx.example.org\nTo: jan@example.net\n"
                                                     "Subject: failure\n")
                                   << InputKind::Text << true;
    QTest::newRow("X-Failed-Recipients") << headers + QStringLiteral("X-Failed-Recipients: anna@example.org\n")
                                         << InputKind::Text << true;
    QTest::newRow("notice wording in the body")
        << headers + QStringLiteral("Subject: Re: hello\n\nThis is the mail system at host mx.example.org.\n")
        << InputKind::Text << true;
    QTest::newRow("one header is a reply fragment")
        << QStringLiteral("To: jan@x.pl\nhello") << InputKind::Text << false;
    QTest::newRow("notice without headers")
        << QStringLiteral("This is the mail system at host mx.example.org.\n\n<anna@example.org>: User unknown\n")
        << InputKind::Text << true;
    QTest::newRow("prose before headers") << QStringLiteral("my mail bounced:\n") + headers << InputKind::Text << false;
}

void TestInputKind::messageOrBounce()
{
    QFETCH(QString, input);
    QFETCH(InputKind, kind);
    QFETCH(bool, bounce);
    QCOMPARE(detectInputKind(input), kind);
    QCOMPARE(looksLikeBounce(input), bounce);
}

void TestInputKind::idsAndLabels()
{
    QFETCH(InputKind, kind);
    QFETCH(QString, id);
    QFETCH(QString, label);
    QCOMPARE(inputKindId(kind), id);
    const LocalizedText text = inputKindLabel(kind);
    QCOMPARE(text.context, "InputKind");
    QCOMPARE(text.render(Language::English), label);
}

void TestInputKind::hugePaste_data()
{
    QTest::addColumn<QString>("paste");
    QTest::addColumn<InputKind>("kind");
    const qsizetype size = 50 * 1024 * 1024;
    QString bounce = QStringLiteral("Delivery has failed to these recipients\n");
    bounce += QString(size, QLatin1Char('x'));
    QTest::newRow("50 MB bounce") << bounce << InputKind::Text;
    QTest::newRow("50 MB on one line") << QString(size, QLatin1Char('a')) << InputKind::Text;
    QTest::newRow("50 MB of spaces") << QString(size, QLatin1Char(' ')) << InputKind::Empty;
    QTest::newRow("address in 50 MB of spaces")
        << QString(size / 2, QLatin1Char(' ')) + QStringLiteral("jan@x.pl") + QString(size / 2, QLatin1Char('\n'))
        << InputKind::Address;
}

void TestInputKind::hugePaste()
{
    QFETCH(QString, paste);
    QFETCH(InputKind, kind);
    QCOMPARE(detectInputKind(paste), kind);
}

QTEST_GUILESS_MAIN(TestInputKind)
#include "tst_inputkind.moc"
