// The GUI's event log renders each kind of server event in the UI's
// language (English and Polish, switched at run time), marks trouble, and
// renders again when the language changes.
#include "languagemanager.h"
#include "servereventmodel.h"
#include "tonecolours.h"

#include <QAbstractItemModelTester>
#include <QBrush>
#include <QDateTime>
#include <QLocale>
#include <QSignalSpy>
#include <QTest>

using namespace mt;
using smtp::ServerEvent;

Q_DECLARE_METATYPE(mt::Language)

class TestServerEventModel : public QObject
{
    Q_OBJECT

private slots:
    void describe_data();
    void describe();
    void rowsShowTimeTextAndTrouble();
    void languageSwitchRendersAgain();
};

namespace {

const qint64 until = 1'700'003'600'000;

} // namespace

void TestServerEventModel::describe_data()
{
    QTest::addColumn<ServerEvent>("event");
    QTest::addColumn<Language>("language");
    QTest::addColumn<QString>("expected"); // %UNTIL% and %SIZE% in the UI locale's format
    const QString token = QStringLiteral("piWs1j0010jifNx01iWsdh");
    const QString ip = QStringLiteral("192.0.2.7");
    const ServerEvent failed = ServerEvent::authFailed(ip, token, QStringLiteral("jan@kowalski.pl"), 3);
    const ServerEvent blocked = ServerEvent::blocked(ip, 11, until);
    const ServerEvent unblocked = ServerEvent::unblocked(ip, QStringLiteral("anna"), QStringLiteral("ticket 4711"));
    const ServerEvent refused =
        ServerEvent::refused(ip, token, QStringLiteral("rate"), QStringLiteral("550 5.7.1 TOKEN policy violation"));
    const ServerEvent recipient = ServerEvent::refused(ip, token, QStringLiteral("mx"), QStringLiteral("550 5.1.1 x"),
                                                       QStringLiteral("anna@nowhere.test"));
    const ServerEvent accepted =
        ServerEvent::accepted(ip, token, QStringLiteral("42"), QStringLiteral("jan@kowalski.pl"), 1, 2048);
    const ServerEvent turnedAway = ServerEvent::connectionRefused(ip, token, QStringLiteral("auth-failures"), {});

    QTest::newRow("listening") << ServerEvent::listening(QStringLiteral("127.0.0.1:2525"), QStringLiteral("/srv"))
                               << Language::English << "Listening on 127.0.0.1:2525, state in /srv";
    QTest::newRow("stopped") << ServerEvent::stopped(2) << Language::English << "Stopped; 2 message(s) accepted";
    QTest::newRow("notice") << ServerEvent::notice(
                                   {"ServerRuntime", "STARTTLS is off: %1", {QStringLiteral("no OpenSSL")}})
                            << Language::English << "STARTTLS is off: no OpenSSL";
    QTest::newRow("connection") << ServerEvent::connected(ip, token) << Language::English
                                << "Connection from 192.0.2.7 (session piWs1j0010jifNx01iWsdh)";
    QTest::newRow("turned away, blocked")
        << turnedAway << Language::English
        << "Refused 192.0.2.7 (session piWs1j0010jifNx01iWsdh): the address is blocked after too many failed logins";
    QTest::newRow("turned away, too many connections")
        << ServerEvent::connectionRefused(ip, {}, QStringLiteral("connections"), {}) << Language::English
        << "Refused 192.0.2.7: too many connections";
    QTest::newRow("timeout") << ServerEvent::timeout(ip, token) << Language::English
                             << "Session piWs1j0010jifNx01iWsdh from 192.0.2.7 timed out";
    QTest::newRow("xclient") << ServerEvent::xclient(QStringLiteral("127.0.0.1"), token, ip, {},
                                                     QStringLiteral("jan@kowalski.pl"))
                             << Language::English
                             << "Session piWs1j0010jifNx01iWsdh from 127.0.0.1 replays a client at 192.0.2.7, logged "
                                "in as jan@kowalski.pl";
    QTest::newRow("login") << ServerEvent::authSucceeded(ip, token, QStringLiteral("jan@kowalski.pl"))
                           << Language::English
                           << "192.0.2.7 logged in as jan@kowalski.pl (session piWs1j0010jifNx01iWsdh)";
    QTest::newRow("failed login") << failed << Language::English
                                  << "Failed login from 192.0.2.7 as \"jan@kowalski.pl\" (session "
                                     "piWs1j0010jifNx01iWsdh): 3 failure(s) within the hour";
    QTest::newRow("blocked") << blocked << Language::English
                             << "Blocked 192.0.2.7 after 11 failed login(s), until %UNTIL%";
    QTest::newRow("unblocked") << unblocked << Language::English << "192.0.2.7 was unblocked by anna: ticket 4711";
    QTest::newRow("unblocked elsewhere") << ServerEvent::unblocked(ip, {}, {}) << Language::English
                                         << "192.0.2.7 was unblocked";
    QTest::newRow("refused") << refused << Language::English
                             << "Refused 192.0.2.7 (session piWs1j0010jifNx01iWsdh, rate limit): 550 5.7.1 TOKEN "
                                "policy violation";
    QTest::newRow("refused recipient")
        << recipient << Language::English
        << "Refused the recipient <anna@nowhere.test> from 192.0.2.7 (session piWs1j0010jifNx01iWsdh, domain without "
           "mail servers): 550 5.1.1 x";
    QTest::newRow("accepted") << accepted << Language::English
                              << "Accepted a message from <jan@kowalski.pl> to 1 recipient(s), %SIZE%, from 192.0.2.7 "
                                 "(session piWs1j0010jifNx01iWsdh)";
    QTest::newRow("store failed") << ServerEvent::storeFailed(ip, token, QStringLiteral("disk full"))
                                  << Language::English
                                  << "Could not keep a message from 192.0.2.7 (session piWs1j0010jifNx01iWsdh): disk "
                                     "full";

    QTest::newRow("Polish: stopped") << ServerEvent::stopped(5) << Language::Polish
                                     << "Zatrzymano; przyjęto 5 wiadomości";
    QTest::newRow("Polish: notice") << ServerEvent::notice(
                                           {"ServerRuntime", "STARTTLS is off: %1", {QStringLiteral("brak OpenSSL")}})
                                    << Language::Polish << "STARTTLS jest wyłączony: brak OpenSSL";
    QTest::newRow("Polish: turned away")
        << turnedAway << Language::Polish
        << "Odrzucono 192.0.2.7 (sesja piWs1j0010jifNx01iWsdh): adres jest zablokowany po zbyt wielu nieudanych "
           "logowaniach";
    QTest::newRow("Polish: failed login")
        << failed << Language::Polish
        << "Nieudane logowanie z 192.0.2.7 jako „jan@kowalski.pl” (sesja piWs1j0010jifNx01iWsdh): 3 nieudane próby "
           "w ciągu godziny";
    QTest::newRow("Polish: blocked") << blocked << Language::Polish
                                     << "Zablokowano 192.0.2.7 po 11 nieudanych logowaniach, do %UNTIL%";
    QTest::newRow("Polish: unblocked") << unblocked << Language::Polish
                                       << "Adres 192.0.2.7 odblokowany przez anna: ticket 4711";
    QTest::newRow("Polish: refused") << refused << Language::Polish
                                     << "Odrzucono 192.0.2.7 (sesja piWs1j0010jifNx01iWsdh, limit wysyłki): 550 5.7.1 "
                                        "TOKEN policy violation";
    QTest::newRow("Polish: accepted") << accepted << Language::Polish
                                      << "Przyjęto wiadomość od <jan@kowalski.pl> do 1 odbiorcy, %SIZE%, z 192.0.2.7 "
                                         "(sesja piWs1j0010jifNx01iWsdh)";
}

void TestServerEventModel::describe()
{
    QFETCH(ServerEvent, event);
    QFETCH(Language, language);
    QFETCH(QString, expected);
    LanguageManager languages;
    languages.setLanguage(language);
    expected.replace(QLatin1String("%UNTIL%"),
                     QLocale().toString(QDateTime::fromMSecsSinceEpoch(until), QLocale::ShortFormat));
    expected.replace(QLatin1String("%SIZE%"), QLocale().formattedDataSize(2048));
    QCOMPARE(ServerEventModel::describe(event), expected);
    languages.setLanguage(Language::English);
}

void TestServerEventModel::rowsShowTimeTextAndTrouble()
{
    ServerEventModel model;
    QAbstractItemModelTester tester(&model);
    model.append(ServerEvent::connected(QStringLiteral("192.0.2.7"), QStringLiteral("T")));
    model.append(ServerEvent::blocked(QStringLiteral("192.0.2.7"), 11, until));
    QCOMPARE(model.rowCount(), 2);
    // "HH:mm:ss text"
    QVERIFY(QRegularExpression(QStringLiteral("^\\d\\d:\\d\\d:\\d\\d Connection from 192\\.0\\.2\\.7"))
                .match(model.index(0, 0).data().toString())
                .hasMatch());
    QCOMPARE(model.index(1, 0).data(ServerEventModel::KindRole).toInt(), int(ServerEvent::Kind::Blocked));
    QVERIFY(!model.index(0, 0).data(Qt::ForegroundRole).isValid());
    QCOMPARE(model.index(1, 0).data(Qt::ForegroundRole).value<QBrush>().color(), toneColour(Tone::Problem, QPalette()));
    QCOMPARE(model.text().count(QLatin1Char('\n')), 1);
}

void TestServerEventModel::languageSwitchRendersAgain()
{
    LanguageManager languages;
    ServerEventModel model;
    model.append(ServerEvent::timeout(QStringLiteral("192.0.2.7"), QStringLiteral("T")));
    QVERIFY(model.index(0, 0).data().toString().endsWith(QLatin1String("Session T from 192.0.2.7 timed out")));
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    languages.setLanguage(Language::Polish);
    model.retranslate();
    QCOMPARE(changed.count(), 1);
    QVERIFY2(
        model.index(0, 0).data().toString().endsWith(QStringLiteral("Sesja T z 192.0.2.7 przekroczyła limit czasu")),
        qPrintable(model.index(0, 0).data().toString()));
    languages.setLanguage(Language::English);
}

QTEST_MAIN(TestServerEventModel)
#include "tst_servereventmodel.moc"
