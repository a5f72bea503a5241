// The Received lines of the bounce corpus's returned messages (and of the
// notices themselves) parse without loss: every line that names a client
// IP in brackets gives that IP, every line with a "by" clause gives the
// receiving host, and nearly every date is read.
#include "message/receivedline.h"
#include "testdata.h"

#include <QDir>
#include <QRegularExpression>
#include <QTest>

using namespace mt::message;

class TestReceivedCorpus : public QObject
{
    Q_OBJECT

private slots:
    void corpus();
};

void TestReceivedCorpus::corpus()
{
    QString missing;
    const QString folder = mt::test::testDataPath(QStringLiteral("corpus/bounces-dev/messages"), &missing);
    if (folder.isEmpty()) {
        QSKIP(qPrintable(missing));
    }
    static const QRegularExpression bracketed(
        QStringLiteral("^from\\s+\\S+\\s+\\([^)]*?\\[(\\d{1,3}(?:\\.\\d{1,3}){3})\\]"));
    static const QRegularExpression byClause(QStringLiteral("\\sby\\s+([A-Za-z0-9.-]+\\.[A-Za-z]{2,})"));
    int lines = 0;
    int withIp = 0;
    int dated = 0;
    int withSemicolon = 0;
    QStringList lost;
    const QStringList files = QDir(folder).entryList({QStringLiteral("*.eml")}, QDir::Files, QDir::Name);
    for (const QString &name : files) {
        QFile file(QDir(folder).filePath(name));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QList<QByteArray> raw = file.readAll().split('\n');
        for (qsizetype i = 0; i < raw.size(); ++i) {
            if (!raw.at(i).startsWith("Received:")) {
                continue;
            }
            QByteArray value = raw.at(i).mid(9);
            while (i + 1 < raw.size() && (raw.at(i + 1).startsWith(' ') || raw.at(i + 1).startsWith('\t'))) {
                value += ' ' + raw.at(++i).trimmed();
            }
            value = value.replace('\r', ' ').simplified();
            ++lines;
            const ReceivedLine line = parseReceivedLine(value);
            const QString text = QString::fromUtf8(value);
            const auto ip = bracketed.match(text);
            if (ip.hasMatch()) {
                ++withIp;
                if (line.fromIp != ip.captured(1)) {
                    lost << QStringLiteral("%1: IP %2 read as \"%3\"").arg(name, ip.captured(1), line.fromIp);
                }
            }
            const auto by = byClause.match(text.section(QLatin1Char(';'), 0, -2));
            if (by.hasMatch() && line.by.isEmpty()) {
                lost << QStringLiteral("%1: by %2 not read").arg(name, by.captured(1));
            }
            if (text.contains(QLatin1Char(';'))) {
                ++withSemicolon;
                dated += line.date.isValid();
            }
        }
    }
    qInfo("%d Received lines in %lld messages, %d with a bracketed client IP, %d of %d dates read", lines,
          qlonglong(files.size()), withIp, dated, withSemicolon);
    QVERIFY(lines > 0);
    QVERIFY2(lost.isEmpty(), qPrintable(lost.mid(0, 20).join(QLatin1Char('\n'))));
    QVERIFY2(dated >= withSemicolon * 95 / 100, qPrintable(QStringLiteral("%1 of %2").arg(dated).arg(withSemicolon)));
}

QTEST_GUILESS_MAIN(TestReceivedCorpus)
#include "tst_receivedcorpus.moc"
