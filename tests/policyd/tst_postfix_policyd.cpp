// The provider's rules in a production setup: Debian's Postfix (its own
// configuration, queue and data directories in a temporary folder, ports on
// loopback) with submission authenticated by Dovecot (its own base_dir,
// passwd-file), both asking `mailtriage-cli policyd`: Postfix through
// check_policy_service at RCPT and at the end of data, Dovecot through
// auth_policy_server_url. swaks sees each rule's reply text from the help
// pages; 11 wrong passwords block the IP for Dovecot, and
// `mailtriage-cli blocks unblock --store` lets it in again. No system
// daemon is touched; every process started is ended by its PID.
// Command lines read best as plain literals.
#undef QT_NO_CAST_FROM_ASCII

#include "cliprocess.h"
#include "dnsfixture.h"
#include "freeport.h"
#include "policydprocess.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <csignal>
#include <grp.h>
#include <pwd.h>
#include <unistd.h>

namespace {

struct Run
{
    int exitCode = -1;
    QString out;
};

Run run(const QString &program, const QStringList &arguments, int timeoutMs = 60000)
{
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(program, arguments);
    if (!process.waitForStarted(10000)) {
        return {-1, QStringLiteral("cannot start %1").arg(program)};
    }
    process.closeWriteChannel();
    if (!process.waitForFinished(timeoutMs)) {
        process.kill();
        process.waitForFinished();
        return {-1, QString::fromUtf8(process.readAll()) + QStringLiteral("(timed out)")};
    }
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -2,
            QString::fromUtf8(process.readAll())};
}

bool writeFile(const QString &path, const QString &text)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(text.toUtf8()) == text.toUtf8().size();
}

QString readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}

// The PID a daemon wrote into PATH, once it is there (up to ten seconds).
pid_t waitForPid(const QString &path)
{
    QElapsedTimer timer;
    timer.start();
    while (timer.elapsed() < 10000) {
        const pid_t pid = pid_t(readFile(path).trimmed().toLongLong());
        if (pid > 0 && ::kill(pid, 0) == 0) {
            return pid;
        }
        QThread::msleep(50);
    }
    return 0;
}

// SIGTERM to PID, SIGKILL if it is still there after five seconds.
void endByPid(pid_t pid)
{
    if (pid <= 0 || ::kill(pid, SIGTERM) != 0) {
        return;
    }
    QElapsedTimer timer;
    timer.start();
    while (::kill(pid, 0) == 0 && timer.elapsed() < 5000) {
        QThread::msleep(50);
    }
    if (::kill(pid, 0) == 0) {
        ::kill(pid, SIGKILL);
    }
}

} // namespace

class TestPostfixPolicyd : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void rules_data();
    void rules();
    void sendingLimit();
    void failedLoginsBlockAndUnblock();

private:
    bool startDovecot(QString *why);
    bool startPostfix(QString *why);
    Run swaks(const QStringList &arguments);
    QStringList login(const QString &user, const QString &password = "secret") const;

    QTemporaryDir m_dir;
    std::unique_ptr<mt::test::DnsFixture> m_dns;
    std::unique_ptr<mt::test::PolicydProcess> m_policyd;
    QString m_swaks;
    QString m_store;
    quint16 m_smtpPort = 0;
    quint16 m_authPort = 0;
    pid_t m_dovecot = 0;
    pid_t m_postfix = 0;
};

void TestPostfixPolicyd::initTestCase()
{
    if (::geteuid() != 0) {
        QSKIP("Postfix's master starts as root (it opens its ports and becomes the postfix user): run as root, "
              "as CI does");
    }
    for (const char *program : {"postfix", "dovecot", "swaks"}) {
        if (QStandardPaths::findExecutable(QString::fromLatin1(program), {"/usr/sbin", "/usr/bin"}).isEmpty()) {
            QFAIL(
                qPrintable(QStringLiteral("%1 not found: apt-get install postfix dovecot-core swaks (scripts/deps.sh)")
                               .arg(program)));
        }
    }
    QVERIFY(!qEnvironmentVariableIsEmpty("MAILTRIAGE_CLI"));
    m_swaks = QStandardPaths::findExecutable("swaks");
    QVERIFY(m_dir.isValid());
    // The postfix and dovecot users must reach their folders below it.
    QFile::setPermissions(m_dir.path(), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner | QFile::ReadGroup |
                                            QFile::ExeGroup | QFile::ReadOther | QFile::ExeOther);
    m_dns = std::make_unique<mt::test::DnsFixture>();
    QVERIFY2(m_dns->ok(), qPrintable(m_dns->error()));

    // policyd: example.test may send from Poland only (127.0.0.1 has no
    // country, so it may), three messages a minute.
    const QString policy = m_dir.filePath("policy.json");
    QVERIFY(writeFile(policy, R"({"limits": {"per_minute": 3},
 "domains": [{"name": "example.test", "aliases": ["implicit.example.test"], "countries": ["PL"]},
             {"name": "nomail.example.test"}]})"));
    m_store = m_dir.filePath("state");
    QStringList options = {"--dns", m_dns->address(), "--dns-timeout", "500"};
    if (QFile::exists(MAILTRIAGE_GEOIP_DATABASE)) {
        options << "--geoip" << MAILTRIAGE_GEOIP_DATABASE;
    }
    m_policyd = std::make_unique<mt::test::PolicydProcess>(policy, m_store, m_dir.filePath("policyd.log"), options);
    QVERIFY2(m_policyd->port() != 0, qPrintable(m_policyd->log()));

    QString why;
    QVERIFY2(startDovecot(&why), qPrintable(why));
    QVERIFY2(startPostfix(&why), qPrintable(why));
}

bool TestPostfixPolicyd::startDovecot(QString *why)
{
    const QString base = m_dir.filePath("dovecot");
    QDir().mkpath(base + "/run");
    QDir().mkpath(base + "/state");
    m_authPort = mt::test::freePort();
    // Every account's password is "secret".
    if (!writeFile(base + "/passwd", "jan@example.test:{PLAIN}secret\n"
                                     "ewa@nomail.example.test:{PLAIN}secret\n"
                                     "rate@example.test:{PLAIN}secret\n"
                                     "guess@example.test:{PLAIN}secret\n")) {
        *why = "cannot write the passwd-file";
        return false;
    }
    const QString config = QStringLiteral(R"(base_dir = %1/run
state_dir = %1/state
log_path = %1/dovecot.log
protocols =
listen = 127.0.0.1
ssl = no
disable_plaintext_auth = no
auth_mechanisms = plain login
auth_verbose = yes
# Each wrong password is answered at once, and Dovecot's own per-IP
# penalty (anvil) is off: the count is policyd's.
auth_failure_delay = 0
service anvil {
  unix_listener anvil-auth-penalty {
    mode = 0
  }
}
passdb {
  driver = passwd-file
  args = scheme=PLAIN %1/passwd
}
userdb {
  driver = static
  args = uid=nobody gid=nogroup home=/nonexistent
}
service auth {
  inet_listener {
    address = 127.0.0.1
    port = %2
  }
}
auth_policy_server_url = http://127.0.0.1:%3/
auth_policy_hash_nonce = mailtriage-test
auth_policy_request_attributes = login=%{requested_username} pwhash=%{hashed_password} remote=%{rip} protocol=%s session_id=%{session}
)")
                               .arg(base)
                               .arg(m_authPort)
                               .arg(m_policyd->port());
    if (!writeFile(base + "/dovecot.conf", config)) {
        *why = "cannot write dovecot.conf";
        return false;
    }
    const Run started = run("dovecot", {"-c", base + "/dovecot.conf"});
    if (started.exitCode != 0) {
        *why = "dovecot did not start: " + started.out + readFile(base + "/dovecot.log");
        return false;
    }
    m_dovecot = waitForPid(base + "/run/master.pid");
    if (m_dovecot == 0) {
        *why = "dovecot wrote no PID: " + readFile(base + "/dovecot.log");
        return false;
    }
    return true;
}

bool TestPostfixPolicyd::startPostfix(QString *why)
{
    const QString base = m_dir.filePath("postfix");
    for (const char *sub : {"etc", "spool", "data"}) {
        QDir().mkpath(base + '/' + sub);
    }
    // Postfix's master writes its lock file as the postfix user.
    const passwd *postfixUser = ::getpwnam("postfix");
    if (!postfixUser || ::chown(QFile::encodeName(base + "/data").constData(), postfixUser->pw_uid, gid_t(-1)) != 0) {
        *why = "no postfix user to own the data directory";
        return false;
    }
    m_smtpPort = mt::test::freePort();
    const QString policy = QStringLiteral("check_policy_service inet:127.0.0.1:%1").arg(m_policyd->port());
    const QString mainCf = QStringLiteral(R"(compatibility_level = 3.6
queue_directory = %1/spool
data_directory = %1/data
mail_owner = postfix
myhostname = mx.policyd.test
mydomain = policyd.test
mydestination =
inet_interfaces = 127.0.0.1
inet_protocols = ipv4
mynetworks = 127.0.0.1/32
maillog_file_prefixes = %1
maillog_file = %1/maillog
alias_maps =
alias_database =
# Nothing leaves: accepted mail is discarded.
default_transport = discard
relay_transport = discard
local_transport = discard
smtpd_peername_lookup = no
smtpd_sasl_auth_enable = yes
smtpd_sasl_type = dovecot
smtpd_sasl_path = inet:127.0.0.1:%2
# The tests claim client addresses with XCLIENT (a country, an IP of its own).
smtpd_authorized_xclient_hosts = 127.0.0.1
smtpd_relay_restrictions =
smtpd_recipient_restrictions = %3, permit_sasl_authenticated, reject
smtpd_end_of_data_restrictions = %3
)")
                               .arg(base)
                               .arg(m_authPort)
                               .arg(policy);
    const QString masterCf = QStringLiteral(R"(127.0.0.1:%1 inet n - n - - smtpd
pickup    unix  n - n 60   1 pickup
cleanup   unix  n - n -    0 cleanup
qmgr      unix  n - n 300  1 qmgr
rewrite   unix  - - n -    - trivial-rewrite
bounce    unix  - - n -    0 bounce
defer     unix  - - n -    0 bounce
trace     unix  - - n -    0 bounce
verify    unix  - - n -    1 verify
flush     unix  n - n 1000 0 flush
proxymap  unix  - - n -    - proxymap
showq     unix  n - n -    - showq
error     unix  - - n -    - error
retry     unix  - - n -    - error
discard   unix  - - n -    - discard
anvil     unix  - - n -    1 anvil
scache    unix  - - n -    1 scache
postlog   unix-dgram n - n - 1 postlogd
)")
                                 .arg(m_smtpPort);
    if (!writeFile(base + "/etc/main.cf", mainCf) || !writeFile(base + "/etc/master.cf", masterCf)) {
        *why = "cannot write main.cf";
        return false;
    }
    const Run started = run("postfix", {"-c", base + "/etc", "start"});
    if (started.exitCode != 0) {
        *why = "postfix did not start: " + started.out + readFile(base + "/maillog");
        return false;
    }
    m_postfix = waitForPid(base + "/spool/pid/master.pid");
    if (m_postfix == 0) {
        *why = "postfix wrote no PID: " + readFile(base + "/maillog");
        return false;
    }
    return true;
}

void TestPostfixPolicyd::cleanupTestCase()
{
    endByPid(m_postfix);
    endByPid(m_dovecot);
    m_policyd.reset();
}

Run TestPostfixPolicyd::swaks(const QStringList &arguments)
{
    return run(m_swaks, QStringList{"--server", QStringLiteral("127.0.0.1:%1").arg(m_smtpPort), "--helo", "client.test",
                                    "--timeout", "20"} +
                            arguments);
}

QStringList TestPostfixPolicyd::login(const QString &user, const QString &password) const
{
    return {"--auth", "PLAIN", "--auth-user", user, "--auth-password", password};
}

void TestPostfixPolicyd::rules_data()
{
    QTest::addColumn<QStringList>("arguments");
    // A regular expression; TOKEN: a queue id or policyd's token. PREFIX:
    // what Postfix puts before the text of any restriction at RCPT
    // ("<rcpt>: Recipient address rejected: "), which no setting removes;
    // the code, the enhanced code and the help pages' text are policyd's.
    QTest::addColumn<QString>("reply");

    const QStringList jan = login("jan@example.test");
    QTest::newRow("all is well") << jan + QStringList{"--from", "jan@example.test", "--to", "anna@example.test"}
                                 << "<-  250 2.0.0 Ok: queued as TOKEN";
    QTest::newRow("rule 1: no login (seed: authentication failed)")
        << QStringList{"--from", "jan@example.test", "--to", "anna@example.test"}
        << "<\\*\\* 550 5.1.0 PREFIXTOKEN authentication failed";
    QTest::newRow("rule 2: sender from another domain")
        << jan + QStringList{"--from", "john.smith@domain.com", "--to", "anna@example.test"}
        << "<\\*\\* 550 5.1.0 PREFIX<john.smith@domain.com> sender rejected";
    QTest::newRow("rule 2: alias") << jan + QStringList{"--from", "jan@implicit.example.test", "--to",
                                                        "anna@example.test"}
                                   << "<-  250 2.0.0 Ok: queued as TOKEN";
    QTest::newRow("rule 3: sender domain without MX or A")
        << login("ewa@nomail.example.test") +
               QStringList{"--from", "ewa@nomail.example.test", "--to", "anna@example.test"}
        << "<\\*\\* 550 5.1.1 PREFIXTOKEN invalid domain";
    QTest::newRow("rule 3: recipient domain that does not exist")
        << jan + QStringList{"--from", "jan@example.test", "--to", "anna@nxdomain.example.test"}
        << "<\\*\\* 550 5.1.1 PREFIXTOKEN invalid destination domain";
    QTest::newRow("rule 8: from a country the domain does not send from")
        << QStringList{"--xclient", "ADDR=8.8.8.8"} + jan +
               QStringList{"--from", "jan@example.test", "--to", "anna@example.test"}
        << "<\\*\\* 550 5.1.0 PREFIX<jan@example.test> sender rejected";
}

void TestPostfixPolicyd::rules()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, reply);
    if (arguments.contains("ADDR=8.8.8.8") && !QFile::exists(MAILTRIAGE_GEOIP_DATABASE)) {
        QSKIP("built without the GeoIP database (-DMAILTRIAGE_FETCH_GEOIP=OFF)");
    }
    const Run result = swaks(arguments);
    const QRegularExpression expected(
        QString(reply).replace("TOKEN", "[0-9A-Za-z]+").replace("PREFIX", "<[^>]+>: Recipient address rejected: "));
    QVERIFY2(expected.match(result.out).hasMatch(),
             qPrintable(result.out + "\npolicyd:\n" + m_policyd->log().right(2000)));
}

void TestPostfixPolicyd::sendingLimit()
{
    const QStringList message = QStringList{"--xclient", "ADDR=127.0.0.20"} + login("rate@example.test") +
                                QStringList{"--from", "rate@example.test", "--to", "anna@example.test"};
    for (int i = 0; i < 3; ++i) {
        const Run sent = swaks(message);
        QVERIFY2(sent.out.contains("<-  250 2.0.0 Ok: queued as "), qPrintable(sent.out));
    }
    // The fourth in the minute, at its recipient: the three are counted
    // (END-OF-MESSAGE admits them atomically), so RCPT already sees the limit.
    const QRegularExpression violation(
        "<\\*\\* 550 5\\.1\\.0 <[^>]+>: Recipient address rejected: [0-9A-Za-z]+ policy violation");
    for (int i = 0; i < 2; ++i) {
        const Run refused = swaks(message);
        QVERIFY2(violation.match(refused.out).hasMatch(), qPrintable(refused.out.right(600)));
    }
}

void TestPostfixPolicyd::failedLoginsBlockAndUnblock()
{
    // A loopback address of its own (no country), claimed with XCLIENT, so the other tests' logins do not count.
    const QStringList from = {"--xclient", "ADDR=127.0.0.9"};
    const QStringList message = {"--from", "guess@example.test", "--to", "anna@example.test"};
    for (int i = 0; i < 11; ++i) {
        const Run wrong = swaks(from + login("guess@example.test", "wrong") + message);
        QVERIFY2(wrong.out.contains("<** 535 5.7.8 Error: authentication failed"), qPrintable(wrong.out));
    }
    const QString refusal = "Connection refused from 127.0.0.9. Too many authorization failures from this IP, "
                            "try again later.";
    const Run blocked = swaks(from + login("guess@example.test") + message);
    QVERIFY2(blocked.out.contains("<** 535 5.7.8 Error: authentication failed: 5.1.0 ") &&
                 blocked.out.contains(refusal),
             qPrintable(blocked.out + "\npolicyd:\n" + m_policyd->log().right(2000)));

    const mt::test::CliRun unblock =
        mt::test::runCli({"blocks", "unblock", "127.0.0.9", "--store", m_store, "--reason", "the customer called"});
    QVERIFY2(unblock.exitCode == 0, unblock.err.constData());
    const Run accepted = swaks(from + login("guess@example.test") + message);
    QVERIFY2(accepted.out.contains("<-  250 2.0.0 Ok: queued as "), qPrintable(accepted.out));
}

QTEST_GUILESS_MAIN(TestPostfixPolicyd)
#include "tst_postfix_policyd.moc"
