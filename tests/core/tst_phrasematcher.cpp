// The one-pass phrase matcher the bounce vocabulary runs on: whole words,
// case and white space ignored, open-ended phrases, UTF-8, literal markers.
#include "bounce/phrasematcher.h"

#include <QTest>

using mt::bounce::PhraseMatcher;

namespace {

const std::vector<std::string> phrases = {
    "user unknown", "spam", "spamhaus", "blacklist*", "ube", "mailbox is full", "over quota", "不在", "\nreceived:",
};

QStringList names(std::initializer_list<const char *> list)
{
    QStringList out;
    for (const char *name : list) {
        out << QString::fromUtf8(name);
    }
    return out;
}

// The phrases found in TEXT, in the order their ends are reached.
QStringList found(const PhraseMatcher &matcher, std::string_view text)
{
    QStringList names;
    for (const PhraseMatcher::Match &match : matcher.findAll(text)) {
        names << QString::fromStdString(phrases[size_t(match.phrase)]).trimmed();
    }
    return names;
}

} // namespace

class TestPhraseMatcher : public QObject
{
    Q_OBJECT

private slots:
    void findAll_data();
    void findAll();
    void literalOffsets();
    void manyPhrasesOnePass();
};

void TestPhraseMatcher::findAll_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<QStringList>("expected");
    QTest::newRow("case ignored") << QByteArray("550 5.1.1 USER Unknown") << names({"user unknown"});
    QTest::newRow("white space runs are one space")
        << QByteArray("550 user\r\n\t   unknown here") << names({"user unknown"});
    QTest::newRow("whole words: spam is not in spamhaus")
        << QByteArray("listed at zen.spamhaus.org") << names({"spamhaus"});
    QTest::newRow("whole words: ube is not in youtube") << QByteArray("see youtube.com") << QStringList();
    QTest::newRow("open end: blacklisted") << QByteArray("IP blacklisted by recipient") << names({"blacklist*"});
    QTest::newRow("both of two phrases") << QByteArray("Mailbox is full: over quota")
                                         << names({"mailbox is full", "over quota"});
    QTest::newRow("overlapping: spam inside a sentence")
        << QByteArray("rejected as spam, see spamhaus") << names({"spam", "spamhaus"});
    QTest::newRow("UTF-8 without spaces (Japanese)") << QByteArray("ただいま不在にしております") << names({"不在"});
    QTest::newRow("nothing") << QByteArray("250 2.0.0 Ok: queued") << QStringList();
    QTest::newRow("empty") << QByteArray() << QStringList();
}

void TestPhraseMatcher::findAll()
{
    QFETCH(QByteArray, text);
    QFETCH(QStringList, expected);
    const PhraseMatcher matcher(phrases);
    QCOMPARE(found(matcher, std::string_view(text.constData(), size_t(text.size()))), expected);
}

void TestPhraseMatcher::literalOffsets()
{
    const PhraseMatcher matcher(phrases);
    const QString text = QStringLiteral("Notice\nReceived: from x\nreceived-spf: pass");
    const auto matches = matcher.findAllLiteral(text);
    QCOMPARE(matches.size(), size_t(1)); // "received-spf:" is not "received:"
    QCOMPARE(qsizetype(matcher.startOf(matches.front())), text.indexOf(QLatin1Char('\n')));
}

void TestPhraseMatcher::manyPhrasesOnePass()
{
    // A vocabulary of thousands of phrases still finds the one in the text.
    std::vector<std::string> many;
    for (int i = 0; i < 5000; ++i) {
        many.push_back("phrase number " + std::to_string(i));
    }
    const PhraseMatcher matcher(many);
    const auto matches = matcher.findAll("... Phrase  Number 4321 ...");
    QCOMPARE(matches.size(), size_t(1));
    QCOMPARE(matches.front().phrase, 4321);
}

QTEST_GUILESS_MAIN(TestPhraseMatcher)
#include "tst_phrasematcher.moc"
