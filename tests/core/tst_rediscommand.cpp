// A Redis command as the protocol carries it (RESP): what policyd and the
// shared store send is byte for byte what hiredis's own formatting would
// write, for keys in any script, numbers and score bounds.
#include "policy/rediscommand.h"

#include <QTest>

using mt::policy::RedisCommand;

class TestRedisCommand : public QObject
{
    Q_OBJECT

private slots:
    void written_data();
    void written();
    void sameFromAList();
};

void TestRedisCommand::written_data()
{
    QTest::addColumn<QByteArray>("built");
    QTest::addColumn<QByteArray>("expected");
    QTest::newRow("one argument") << RedisCommand().operator<<("PING").text() << QByteArray("*1\r\n$4\r\nPING\r\n");
    QTest::newRow("empty argument") << (RedisCommand() << "GET" << QByteArray()).text()
                                    << QByteArray("*2\r\n$3\r\nGET\r\n$0\r\n\r\n");
    QTest::newRow("binary argument") << (RedisCommand() << QByteArrayView("a\r\n\0b", 5)).text()
                                     << QByteArray("*1\r\n$5\r\na\r\n\0b\r\n", 15);
    QTest::newRow("numbers") << (RedisCommand() << qint64(0) << qint64(-42) << qint64(1'700'000'000'123)).text()
                             << QByteArray("*3\r\n$1\r\n0\r\n$3\r\n-42\r\n$13\r\n1700000000123\r\n");
    QTest::newRow("exclusive bounds") << RedisCommand().exclusiveBound(5).exclusiveBound(-3600000).text()
                                      << QByteArray("*2\r\n$2\r\n(5\r\n$9\r\n(-3600000\r\n");
    QTest::newRow("key of an IP") << RedisCommand().key("mt:block:", u"192.0.2.1").text()
                                  << QByteArray("*1\r\n$18\r\nmt:block:192.0.2.1\r\n");
    QTest::newRow("key of a Polish login")
        << RedisCommand().key("mt:win:messages:", u"zażółć@gęślą.pl").text()
        << "*1\r\n$" + QByteArray::number(16 + QStringLiteral("zażółć@gęślą.pl").toUtf8().size()) +
               "\r\nmt:win:messages:" + QStringLiteral("zażółć@gęślą.pl").toUtf8() + "\r\n";
    QTest::newRow("key with an empty name")
        << RedisCommand().key("mt:fail:", u"").text() << QByteArray("*1\r\n$8\r\nmt:fail:\r\n");
    const QString longName(300, QLatin1Char('x'));
    QTest::newRow("key longer than the buffer's start")
        << RedisCommand().key("k:", longName).text() << "*1\r\n$302\r\nk:" + longName.toLatin1() + "\r\n";
    RedisCommand head;
    head << "EVALSHA"
         << "abc" << qint64(1);
    RedisCommand tail;
    tail.key("mt:block:", u"::1") << "1";
    QTest::newRow("appended") << head.append(tail).text()
                              << QByteArray("*5\r\n$7\r\nEVALSHA\r\n$3\r\nabc\r\n$1\r\n1\r\n$12\r\nmt:block:::1\r\n"
                                            "$1\r\n1\r\n");
}

void TestRedisCommand::written()
{
    QFETCH(QByteArray, built);
    QFETCH(QByteArray, expected);
    QCOMPARE(built, expected);
}

void TestRedisCommand::sameFromAList()
{
    const QList<QByteArray> argv{"ZCOUNT", "mt:fail:192.0.2.1", "(1700000000000", "+inf"};
    RedisCommand chained;
    chained << "ZCOUNT";
    chained.key("mt:fail:", u"192.0.2.1").exclusiveBound(1'700'000'000'000) << "+inf";
    QCOMPARE(RedisCommand(argv).text(), chained.text());
    QCOMPARE(chained.count(), 4);
}

QTEST_GUILESS_MAIN(TestRedisCommand)
#include "tst_rediscommand.moc"
