#include "reasonvocabulary.h"

#include <QFile>

#include <utility>

namespace mt::bounce {

namespace {

// Tab-separated rows of RESOURCE, without comments and empty lines.
QList<QStringList> tableRows(const QString &resource)
{
    QFile file(resource);
    if (!file.open(QIODevice::ReadOnly)) {
        qFatal("missing embedded table %s", qPrintable(resource));
    }
    QList<QStringList> rows;
    for (const QByteArray &line : file.readAll().split('\n')) {
        const QString text = QString::fromUtf8(line).trimmed();
        if (!text.isEmpty() && !text.startsWith(QLatin1Char('#'))) {
            rows.append(text.split(QLatin1Char('\t')));
        }
    }
    return rows;
}

} // namespace

QString ReasonVocabulary::canonicalReason(const QString &reason)
{
    if (reason == QLatin1String("mesgtoobig") || reason == QLatin1String("exceedlimit")) {
        return QStringLiteral("emailtoolarge");
    }
    if (reason == QLatin1String("toomanyconn") || reason == QLatin1String("speeding")) {
        return QStringLiteral("ratelimited");
    }
    return reason;
}

const ReasonVocabulary &ReasonVocabulary::instance()
{
    static const ReasonVocabulary vocabulary;
    return vocabulary;
}

ReasonVocabulary::ReasonVocabulary()
{
    loadPhrases(QStringLiteral(":/bounce/vocabulary/seeds.tsv"), Tier::Seed);
    loadPhrases(QStringLiteral(":/bounce/vocabulary/causes.tsv"), Tier::Cause);
    if (QFile::exists(QStringLiteral(":/bounce/vocabulary/vendors.tsv"))) {
        loadPhrases(QStringLiteral(":/bounce/vocabulary/vendors.tsv"), Tier::Cause);
    }
    loadPhrases(QStringLiteral(":/bounce/vocabulary/wrappers.tsv"), Tier::Wrapper);
    loadConcepts(QStringLiteral(":/bounce/vocabulary/concepts.tsv"));
    loadStatusCodes(QStringLiteral(":/bounce/vocabulary/enhanced-status-codes.tsv"));
    m_matcher = PhraseMatcher(m_termTexts);
    m_termTexts.clear();
}

void ReasonVocabulary::loadPhrases(const QString &resource, Tier tier)
{
    int row = 0;
    for (const QStringList &fields : tableRows(resource)) {
        if (fields.size() < 2 || fields.at(1).isEmpty()) {
            continue;
        }
        Phrase phrase;
        phrase.reason = canonicalReason(fields.at(0));
        phrase.phrase = fields.at(1).toLower().simplified();
        phrase.rule =
            fields.size() > 3 && !fields.at(3).isEmpty() ? fields.at(3) : QStringLiteral("message.") + phrase.reason;
        phrase.tier = tier;
        phrase.row = row++;
        m_terms.push_back({Term::Phrase, int(m_phrases.size())});
        m_termTexts.push_back(phrase.phrase.toStdString());
        m_phrases.push_back(phrase);
    }
}

void ReasonVocabulary::loadConcepts(const QString &resource)
{
    // name, reason, subjects and predicates separated by '|'; predicates
    // "*": the subject alone states the cause. Rows of one name are one rule.
    for (const QStringList &fields : tableRows(resource)) {
        if (fields.size() < 4) {
            continue;
        }
        const int index = int(m_concepts.size());
        const bool alone = fields.at(3).trimmed() == QLatin1String("*");
        m_concepts.push_back({fields.at(0), canonicalReason(fields.at(1)), alone});
        for (const auto &[kind, column] : {std::pair{Term::Subject, 2}, std::pair{Term::Predicate, 3}}) {
            if (kind == Term::Predicate && alone) {
                continue;
            }
            for (const QString &word : fields.at(column).split(QLatin1Char('|'), Qt::SkipEmptyParts)) {
                m_terms.push_back({kind, index});
                m_termTexts.push_back(word.trimmed().toLower().toStdString());
            }
        }
    }
}

void ReasonVocabulary::loadStatusCodes(const QString &resource)
{
    for (const QStringList &fields : tableRows(resource)) {
        if (fields.size() < 2) {
            continue;
        }
        const QString reason = fields.at(1) == QLatin1String("-") ? QString() : canonicalReason(fields.at(1));
        m_statusCodes.push_back({fields.at(0), reason, fields.value(2)});
    }
}

QString ReasonVocabulary::reasonForStatus(const QString &status) const
{
    const QString detail = status.section(QLatin1Char('.'), 1);
    for (const StatusCode &code : m_statusCodes) {
        if (code.code == detail) {
            return code.reason;
        }
    }
    return {};
}

} // namespace mt::bounce
