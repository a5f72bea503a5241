// `mailtriage-cli accepted list|show` as a real process on a state directory
// the message store filled in-process (segments, and one message file of an
// earlier version): the text in both languages, the JSON contract of
// docs/cli.md, messages written out byte for byte, an unknown id, an empty
// or missing store. (A real `serve` filling the store: tst_cli_serve.)
#include "cliprocess.h"
#include "smtp/messagestore.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

using mt::smtp::Envelope;
using mt::smtp::MessageStore;
using mt::test::CliRun;
using mt::test::runCli;

namespace {

struct Sample
{
    const char *name;
    Envelope envelope;
    QByteArray message;
};

QByteArray randomBytes(int size)
{
    QByteArray bytes(size, Qt::Uninitialized);
    QRandomGenerator generator(42);
    for (char &byte : bytes) {
        byte = char(generator.bounded(256));
    }
    return bytes;
}

// What the store holds, oldest first as `list` prints them; the first is
// the file of an earlier version, the others the store saves.
const QList<Sample> &samples()
{
    static const QList<Sample> all{
        {"legacy .eml",
         Envelope{QStringLiteral("b@example.test"),
                  {QStringLiteral("a@example.test")},
                  QStringLiteral("192.0.2.1"),
                  QString(),
                  QStringLiteral("T"),
                  1'700'000'000'000},
         "From: b@example.test\nTo: a@example.test\nSubject: legacy\n\nwritten by an earlier version, LF only\n"},
        {"UTF-8 and CRLF",
         Envelope{QStringLiteral("jan@kowalski.test"),
                  {QStringLiteral("a@example.test"), QStringLiteral("b@example.test")},
                  QStringLiteral("192.0.2.9"),
                  QStringLiteral("jan@kowalski.test"),
                  QStringLiteral("T1"),
                  1'700'000'100'000},
         QStringLiteral("From: Jan <jan@kowalski.test>\r\nSubject: =?UTF-8?Q?Za=C5=BC=C3=B3=C5=82=C4=87?=\r\n"
                        "Content-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: 8bit\r\n\r\n"
                        "Zażółć gęślą jaźń\r\n")
             .toUtf8()},
        {"ISO-8859-2 bytes, NUL, lone CR, null sender, no final newline",
         Envelope{QString(),
                  {QStringLiteral("postmaster@example.test")},
                  QStringLiteral("2001:db8::1"),
                  QString(),
                  QStringLiteral("T2"),
                  1'700'000'200'123},
         QByteArray("Subject: \xb1\xe6\xea\r\nContent-Type: text/plain; charset=iso-8859-2\r\n\r\n\xa3\xf3\xbf\xea") +
             '\0' + QByteArray(" lone CR\r lone LF\n end")},
        {"3 MiB of random bytes",
         Envelope{QStringLiteral("big@kowalski.test"),
                  {QStringLiteral("a@example.test")},
                  QStringLiteral("192.0.2.10"),
                  QStringLiteral("big@kowalski.test"),
                  QStringLiteral("T3"),
                  1'700'000'300'000},
         "Subject: binary\r\n\r\n" + randomBytes(3 << 20)},
    };
    return all;
}

// The legacy message's id (its file's name) and first line.
const QString legacyId = QStringLiteral("1700000000000-T-1");
const QByteArray legacyEnvelope = R"({"client_ip":"192.0.2.1","login":"","received":"2023-11-14T22:13:20.000Z",)"
                                  R"("recipients":["a@example.test"],"sender":"b@example.test","token":"T"})";

QString messagesIn(const QString &stateDir)
{
    return QDir::toNativeSeparators(QDir(stateDir).filePath(QStringLiteral("messages")));
}

} // namespace

class TestCliAccepted : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void listText_data();
    void listText();
    void listJson_data();
    void listJson();
    void show_data();
    void show();
    void failures_data();
    void failures();
    void emptyStore_data();
    void emptyStore();

private:
    QString stateDir() const { return m_state.path(); }
    // The id the store gave sample number INDEX, and the sample's size.
    QString idOf(int index) const { return m_ids.value(QLatin1String(samples().at(index).name)); }
    static QString sizeOf(int index) { return QString::number(samples().at(index).message.size()); }
    QString missingStateDir() const { return QDir(m_scratch.path()).filePath(QStringLiteral("missing")); }

    QTemporaryDir m_state;
    QTemporaryDir m_scratch;       // for stores without messages
    QHash<QString, QString> m_ids; // sample name: id
};

void TestCliAccepted::initTestCase()
{
    QVERIFY2(!qEnvironmentVariable("MAILTRIAGE_CLI").isEmpty(), "MAILTRIAGE_CLI must name the binary");
    QVERIFY(m_state.isValid() && m_scratch.isValid());
    MessageStore store(stateDir());
    QString error;
    QVERIFY2(store.open(&error), qPrintable(error));

    QFile legacy(QDir(store.directory()).filePath(legacyId + QStringLiteral(".eml")));
    QVERIFY(legacy.open(QIODevice::WriteOnly));
    QVERIFY(legacy.write(legacyEnvelope + '\n' + samples().first().message) > 0);
    legacy.close();
    m_ids.insert(QLatin1String(samples().first().name), legacyId);

    QObject context;
    for (const Sample &sample : samples().mid(1)) {
        store.save(sample.envelope, sample.message, &context,
                   [this, name = QLatin1String(sample.name)](const std::optional<QString> &id, const QString &why) {
                       m_ids.insert(name, id.value_or(QStringLiteral("failed: ") + why));
                   });
    }
    QTRY_COMPARE_WITH_TIMEOUT(m_ids.size(), samples().size(), 30000);
    for (const QString &id : std::as_const(m_ids)) {
        QVERIFY2(!id.startsWith(QLatin1String("failed")), qPrintable(id));
    }
}

void TestCliAccepted::listText_data()
{
    QTest::addColumn<QString>("lang");
    QTest::addColumn<QString>("line");
    QTest::newRow("English") << QStringLiteral("en")
                             << QStringLiteral("%1  %2  from %3 to %4, client %5, login %6, %7 bytes");
    QTest::newRow("Polish") << QStringLiteral("pl") << QStringLiteral("%1  %2  od %3 do %4, klient %5, login %6, %7 B");
}

void TestCliAccepted::listText()
{
    QFETCH(QString, lang);
    QFETCH(QString, line);
    // Per sample: received, sender, recipients, client, login, as printed.
    const QList<QStringList> printed{
        {QStringLiteral("2023-11-14T22:13:20Z"), QStringLiteral("b@example.test"), QStringLiteral("a@example.test"),
         QStringLiteral("192.0.2.1"), QStringLiteral("-")},
        {QStringLiteral("2023-11-14T22:15:00Z"), QStringLiteral("jan@kowalski.test"),
         QStringLiteral("a@example.test, b@example.test"), QStringLiteral("192.0.2.9"),
         QStringLiteral("jan@kowalski.test")},
        {QStringLiteral("2023-11-14T22:16:40Z"), QStringLiteral("<>"), QStringLiteral("postmaster@example.test"),
         QStringLiteral("2001:db8::1"), QStringLiteral("-")},
        {QStringLiteral("2023-11-14T22:18:20Z"), QStringLiteral("big@kowalski.test"), QStringLiteral("a@example.test"),
         QStringLiteral("192.0.2.10"), QStringLiteral("big@kowalski.test")},
    };
    QStringList lines;
    for (int index = 0; index < samples().size(); ++index) {
        const QStringList &fields = printed.at(index);
        lines << line.arg(fields.at(0), idOf(index), fields.at(1), fields.at(2), fields.at(3), fields.at(4),
                          sizeOf(index));
    }
    const CliRun run = runCli({QStringLiteral("accepted"), QStringLiteral("list"), QStringLiteral("--state"),
                               stateDir(), QStringLiteral("--lang"), lang});
    QCOMPARE(run.err, QByteArray());
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(QString::fromUtf8(run.out).split(QLatin1Char('\n'), Qt::SkipEmptyParts), lines);
}

void TestCliAccepted::listJson_data()
{
    QTest::addColumn<int>("index");
    QTest::addColumn<QString>("received");
    const char *const received[] = {"2023-11-14T22:13:20.000Z", "2023-11-14T22:15:00.000Z", "2023-11-14T22:16:40.123Z",
                                    "2023-11-14T22:18:20.000Z"};
    for (int index = 0; index < samples().size(); ++index) {
        QTest::newRow(samples().at(index).name) << index << QString::fromLatin1(received[index]);
    }
}

void TestCliAccepted::listJson()
{
    QFETCH(int, index);
    QFETCH(QString, received);
    const CliRun run = runCli({QStringLiteral("accepted"), QStringLiteral("list"), QStringLiteral("--state"),
                               stateDir(), QStringLiteral("--format"), QStringLiteral("json")});
    QCOMPARE(run.err, QByteArray());
    QCOMPARE(run.exitCode, 0);
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(run.out, &error);
    QVERIFY2(document.isObject(), qPrintable(error.errorString()));
    const QJsonArray accepted = document.object().value(QStringLiteral("accepted")).toArray();
    QCOMPARE(accepted.size(), samples().size());

    const Envelope &envelope = samples().at(index).envelope;
    const QJsonObject object = accepted.at(index).toObject();
    QCOMPARE(object.keys(), (QStringList{QStringLiteral("client_ip"), QStringLiteral("id"), QStringLiteral("login"),
                                         QStringLiteral("received"), QStringLiteral("recipients"),
                                         QStringLiteral("sender"), QStringLiteral("size"), QStringLiteral("token")}));
    QCOMPARE(object.value(QStringLiteral("id")).toString(), idOf(index));
    QCOMPARE(object.value(QStringLiteral("received")).toString(), received);
    QCOMPARE(object.value(QStringLiteral("sender")).toString(), envelope.sender);
    QCOMPARE(object.value(QStringLiteral("recipients")).toVariant().toStringList(), envelope.recipients);
    QCOMPARE(object.value(QStringLiteral("client_ip")).toString(), envelope.clientIp);
    QCOMPARE(object.value(QStringLiteral("login")).toString(), envelope.login);
    QCOMPARE(object.value(QStringLiteral("token")).toString(), envelope.token);
    QCOMPARE(object.value(QStringLiteral("size")).toInteger(), qint64(samples().at(index).message.size()));
}

void TestCliAccepted::show_data()
{
    QTest::addColumn<int>("index");
    for (int index = 0; index < samples().size(); ++index) {
        QTest::newRow(samples().at(index).name) << index;
    }
}

void TestCliAccepted::show()
{
    QFETCH(int, index);
    const CliRun run = runCli(
        {QStringLiteral("accepted"), QStringLiteral("show"), idOf(index), QStringLiteral("--state"), stateDir()});
    QCOMPARE(run.err, QByteArray());
    QCOMPARE(run.exitCode, 0);
    const QByteArray &message = samples().at(index).message;
    QCOMPARE(run.out.size(), message.size());
    QVERIFY(run.out == message); // not QCOMPARE: it would print 3 MiB
}

void TestCliAccepted::failures_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("error");
    const QString accepted = QStringLiteral("accepted");
    const QString show = QStringLiteral("show");
    const QString state = QStringLiteral("--state");
    const QString use = QStringLiteral("use: accepted list [--format text|json], accepted show ID");
    const QString unknown = QStringLiteral("no accepted message has the id \"%1\" in %2");
    QTest::newRow("unknown id") << QStringList{accepted,
                                               show,
                                               QStringLiteral("nope"),
                                               state,
                                               stateDir(),
                                               QStringLiteral("--lang"),
                                               QStringLiteral("en")}
                                << unknown.arg(QStringLiteral("nope"), messagesIn(stateDir()));
    QTest::newRow("unknown id, Polish")
        << QStringList{accepted,
                       show,
                       QStringLiteral("nope"),
                       state,
                       stateDir(),
                       QStringLiteral("--lang"),
                       QStringLiteral("pl")}
        << QStringLiteral("w %1 nie ma przyjętej wiadomości o identyfikatorze „nope”").arg(messagesIn(stateDir()));
    QTest::newRow("an id's beginning") << QStringList{accepted, show, legacyId.left(13), state, stateDir()}
                                       << unknown.arg(legacyId.left(13), messagesIn(stateDir()));
    QTest::newRow("no state directory") << QStringList{accepted, show, legacyId, state, missingStateDir()}
                                        << unknown.arg(legacyId, messagesIn(missingStateDir()));
    QTest::newRow("show without an id") << QStringList{accepted, show, state, stateDir()} << use;
    QTest::newRow("no action") << QStringList{accepted, state, stateDir()} << use;
    QTest::newRow("unknown action") << QStringList{accepted, QStringLiteral("delete"), legacyId, state, stateDir()}
                                    << use;
    QTest::newRow("bad format") << QStringList{accepted,   QStringLiteral("list"),     state,
                                               stateDir(), QStringLiteral("--format"), QStringLiteral("xml")}
                                << QStringLiteral("--format must be text or json, not \"xml\"");
}

void TestCliAccepted::failures()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, error);
    const CliRun run = runCli(arguments);
    QCOMPARE(run.exitCode, 2);
    QCOMPARE(run.out, QByteArray());
    QCOMPARE(QString::fromUtf8(run.err), QStringLiteral("mailtriage-cli: ") + error + QLatin1Char('\n'));
}

void TestCliAccepted::emptyStore_data()
{
    QTest::addColumn<QString>("state");
    QTest::addColumn<QStringList>("options");
    QTest::addColumn<QString>("expected");
    const QDir scratch(m_scratch.path());
    QVERIFY(scratch.mkpath(QStringLiteral("no-messages")));
    QVERIFY(scratch.mkpath(QStringLiteral("empty/messages")));
    const QString noMessages = scratch.filePath(QStringLiteral("no-messages"));
    const QString empty = scratch.filePath(QStringLiteral("empty"));
    const QStringList english{QStringLiteral("--lang"), QStringLiteral("en")};
    const QStringList json{QStringLiteral("--format"), QStringLiteral("json")};
    const QString none = QStringLiteral("No accepted messages in %1.\n");
    QTest::newRow("empty messages directory") << empty << english << none.arg(messagesIn(empty));
    QTest::newRow("empty, Polish") << empty << QStringList{QStringLiteral("--lang"), QStringLiteral("pl")}
                                   << QStringLiteral("Brak przyjętych wiadomości w %1.\n").arg(messagesIn(empty));
    QTest::newRow("no messages directory") << noMessages << english << none.arg(messagesIn(noMessages));
    QTest::newRow("no state directory") << missingStateDir() << english << none.arg(messagesIn(missingStateDir()));
    QTest::newRow("empty, JSON") << empty << json << QStringLiteral("{\"accepted\":[]}");
    QTest::newRow("no state directory, JSON") << missingStateDir() << json << QStringLiteral("{\"accepted\":[]}");
}

void TestCliAccepted::emptyStore()
{
    QFETCH(QString, state);
    QFETCH(QStringList, options);
    QFETCH(QString, expected);
    const CliRun run = runCli(
        QStringList{QStringLiteral("accepted"), QStringLiteral("list"), QStringLiteral("--state"), state} + options);
    QCOMPARE(run.err, QByteArray());
    QCOMPARE(run.exitCode, 0);
    if (options.contains(QStringLiteral("json"))) {
        QCOMPARE(QString::fromUtf8(QJsonDocument::fromJson(run.out).toJson(QJsonDocument::Compact)), expected);
    } else {
        QCOMPARE(QString::fromUtf8(run.out), expected);
    }
    QVERIFY2(state != missingStateDir() || !QFileInfo::exists(state), "listing created the state directory");
}

QTEST_GUILESS_MAIN(TestCliAccepted)
#include "tst_cli_accepted.moc"
