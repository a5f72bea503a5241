// The CLI's log line of every kind of server event: English words that
// scripts and tst_cli_serve match, start, stop and notices in --lang.
#include "smtp/serverlogline.h"

#include <QTest>

using namespace mt;
using smtp::ServerEvent;

Q_DECLARE_METATYPE(mt::Language)

class TestServerLogLine : public QObject
{
    Q_OBJECT

private slots:
    void line_data();
    void line();
};

void TestServerLogLine::line_data()
{
    QTest::addColumn<ServerEvent>("event");
    QTest::addColumn<Language>("language");
    QTest::addColumn<QString>("expected");
    const QString token = QStringLiteral("piWs1j0010jifNx01iWsdh");
    const QString ip = QStringLiteral("192.0.2.7");
    QTest::newRow("listening") << ServerEvent::listening(QStringLiteral("127.0.0.1:2525"), QStringLiteral("/srv/mt"))
                               << Language::English << "listening on 127.0.0.1:2525, state in /srv/mt";
    QTest::newRow("listening, Polish") << ServerEvent::listening(QStringLiteral("[::1]:2525"),
                                                                 QStringLiteral("/srv/mt"))
                                       << Language::Polish << "nasłuchiwanie na [::1]:2525, katalog stanu: /srv/mt";
    QTest::newRow("stopped") << ServerEvent::stopped(3) << Language::English << "stopped; 3 message(s) accepted";
    QTest::newRow("stopped, Polish") << ServerEvent::stopped(3) << Language::Polish
                                     << "zatrzymano; liczba przyjętych wiadomości: 3";
    QTest::newRow("stopped, with disk syncs")
        << ServerEvent::stopped(300, 24) << Language::English << "stopped; 300 message(s) accepted, 24 disk sync(s)";
    QTest::newRow("stopped, with disk syncs, Polish")
        << ServerEvent::stopped(300, 24) << Language::Polish
        << "zatrzymano; liczba przyjętych wiadomości: 300, synchronizacji dysku: 24";
    QTest::newRow("notice with a cause")
        << ServerEvent::notice({"ServerRuntime", "The policy file is not usable, the demo policy applies"},
                               {"Test", "line %1", {QStringLiteral("2")}})
        << Language::English << "The policy file is not usable, the demo policy applies: line 2";
    QTest::newRow("connect") << ServerEvent::connected(ip, token) << Language::English
                             << "connect 192.0.2.7 piWs1j0010jifNx01iWsdh";
    QTest::newRow("refused: blocked")
        << ServerEvent::connectionRefused(ip, token, QStringLiteral("auth-failures"), QStringLiteral("550 ..."))
        << Language::English
        << "refused 192.0.2.7 piWs1j0010jifNx01iWsdh: blocked after too many authorization failures";
    QTest::newRow("refused: too many connections")
        << ServerEvent::connectionRefused(ip, {}, QStringLiteral("connections"), QStringLiteral("421 ..."))
        << Language::English << "refused 192.0.2.7: too many connections";
    QTest::newRow("timeout") << ServerEvent::timeout(ip, token) << Language::English
                             << "timeout 192.0.2.7 piWs1j0010jifNx01iWsdh";
    QTest::newRow("xclient") << ServerEvent::xclient(QStringLiteral("127.0.0.1"), token, ip, QStringLiteral("pc"),
                                                     QStringLiteral("jan@kowalski.pl"))
                             << Language::English
                             << "xclient 127.0.0.1 piWs1j0010jifNx01iWsdh as 192.0.2.7 name pc login jan@kowalski.pl";
    QTest::newRow("xclient, address only")
        << ServerEvent::xclient(QStringLiteral("127.0.0.1"), token, ip, {}, {}) << Language::English
        << "xclient 127.0.0.1 piWs1j0010jifNx01iWsdh as 192.0.2.7";
    QTest::newRow("auth") << ServerEvent::authSucceeded(ip, token, QStringLiteral("jan@kowalski.pl"))
                          << Language::English << "auth 192.0.2.7 piWs1j0010jifNx01iWsdh jan@kowalski.pl";
    QTest::newRow("auth-failed") << ServerEvent::authFailed(ip, token, QStringLiteral("jan@kowalski.pl"), 3)
                                 << Language::English
                                 << "auth-failed 192.0.2.7 piWs1j0010jifNx01iWsdh jan@kowalski.pl (3 within the hour)";
    QTest::newRow("blocked") << ServerEvent::blocked(ip, 11, 1'700'003'600'000) << Language::English
                             << "blocked 192.0.2.7 after 11 authorization failures";
    QTest::newRow("unblocked") << ServerEvent::unblocked(ip, QStringLiteral("anna"), QStringLiteral("ticket 4711"))
                               << Language::English << "unblocked 192.0.2.7 by anna: ticket 4711";
    QTest::newRow("unblocked by someone unknown")
        << ServerEvent::unblocked(ip, {}, {}) << Language::English << "unblocked 192.0.2.7";
    QTest::newRow("reject") << ServerEvent::refused(ip, token, QStringLiteral("sender"),
                                                    QStringLiteral("550 5.1.0 <a@b.test> sender rejected"))
                            << Language::English
                            << "reject 192.0.2.7 piWs1j0010jifNx01iWsdh sender: 550 5.1.0 <a@b.test> sender rejected";
    QTest::newRow("reject a recipient")
        << ServerEvent::refused(ip, token, QStringLiteral("mx"), QStringLiteral("550 5.1.1 x invalid"),
                                QStringLiteral("anna@nowhere.test"))
        << Language::English << "reject 192.0.2.7 piWs1j0010jifNx01iWsdh mx: 550 5.1.1 x invalid <anna@nowhere.test>";
    QTest::newRow("accepted") << ServerEvent::accepted(ip, token, QStringLiteral("000042"),
                                                       QStringLiteral("jan@kowalski.pl"), 2, 1234)
                              << Language::English
                              << "accepted 192.0.2.7 piWs1j0010jifNx01iWsdh 000042 from <jan@kowalski.pl> to 2 "
                                 "recipient(s)";
    QTest::newRow("store-failed") << ServerEvent::storeFailed(ip, token, QStringLiteral("disk full"))
                                  << Language::English << "store-failed 192.0.2.7 piWs1j0010jifNx01iWsdh: disk full";
}

void TestServerLogLine::line()
{
    QFETCH(ServerEvent, event);
    QFETCH(Language, language);
    QFETCH(QString, expected);
    QCOMPARE(smtp::serverLogLine(event, language), expected);
}

QTEST_GUILESS_MAIN(TestServerLogLine)
#include "tst_serverlogline.moc"
