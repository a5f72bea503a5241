#include "dkimcanonicalization.h"

#include <QHash>

#include <cstring>
#include <memory>
#include <openssl/evp.h>

namespace mt::message {
namespace {

inline bool isWsp(char c)
{
    return c == ' ' || c == '\t';
}

const EVP_MD *digestOf(HashAlgorithm algorithm)
{
    return algorithm == HashAlgorithm::Sha1 ? EVP_sha1() : EVP_sha256();
}

// Canonical body bytes go through a buffer into the digest, cut at the limit.
class BodySink
{
public:
    BodySink(HashAlgorithm algorithm, std::optional<qint64> limit)
        : m_ctx(EVP_MD_CTX_new(), EVP_MD_CTX_free)
        , m_limit(limit)
    {
        EVP_DigestInit_ex(m_ctx.get(), digestOf(algorithm), nullptr);
        m_buffer.resize(kBufferSize);
    }

    // Bytes of the body that are their own canonical form: consecutive ones
    // go to the digest in one piece, without a copy.
    void putSource(const char *data, qsizetype size)
    {
        m_total += size;
        if (m_spanSize > 0 && data == m_span + m_spanSize) {
            m_spanSize += size;
            return;
        }
        flushSpan();
        flush();
        m_span = data;
        m_spanSize = size;
    }
    void put(const char *data, qsizetype size)
    {
        flushSpan();
        m_total += size;
        if (m_fill + size > kBufferSize) {
            flush();
            if (size > kBufferSize) {
                feed(data, size);
                return;
            }
        }
        std::memcpy(m_buffer.data() + m_fill, data, size_t(size));
        m_fill += size;
    }
    char *reserve(qsizetype size)
    {
        flushSpan();
        if (m_fill + size > kBufferSize) {
            flush();
            if (size > kBufferSize) {
                m_big.resize(size);
                return m_big.data();
            }
        }
        return m_buffer.data() + m_fill;
    }
    void commit(char *start, qsizetype size)
    {
        m_total += size;
        if (start == m_big.data() && !m_big.isEmpty()) {
            feed(start, size);
            m_big.clear();
        } else {
            m_fill += size;
        }
    }
    qint64 total() const { return m_total; }
    QByteArray finish()
    {
        flushSpan();
        flush();
        unsigned char out[EVP_MAX_MD_SIZE];
        unsigned int length = 0;
        EVP_DigestFinal_ex(m_ctx.get(), out, &length);
        return QByteArray(reinterpret_cast<const char *>(out), int(length));
    }

private:
    static constexpr qsizetype kBufferSize = 1 << 16;

    void flush()
    {
        feed(m_buffer.constData(), m_fill);
        m_fill = 0;
    }
    void flushSpan()
    {
        if (m_spanSize > 0) {
            feed(m_span, m_spanSize);
            m_spanSize = 0;
        }
    }
    void feed(const char *data, qsizetype size)
    {
        if (m_limit) {
            size = std::min<qint64>(size, *m_limit - m_fed);
        }
        if (size > 0) {
            EVP_DigestUpdate(m_ctx.get(), data, size_t(size));
            m_fed += size;
        }
    }

    std::unique_ptr<EVP_MD_CTX, decltype(&EVP_MD_CTX_free)> m_ctx;
    std::optional<qint64> m_limit;
    QByteArray m_buffer;
    QByteArray m_big;
    qsizetype m_fill = 0;
    const char *m_span = nullptr;
    qsizetype m_spanSize = 0;
    qint64 m_total = 0;
    qint64 m_fed = 0;
};

} // namespace

QByteArray canonicalHeader(const QByteArray &raw, Canonicalization canon)
{
    if (canon == Canonicalization::Simple) {
        return raw + "\r\n";
    }
    const qsizetype colon = raw.indexOf(':');
    QByteArray out;
    out.reserve(raw.size() + 2);
    QByteArray name = raw.left(colon);
    while (!name.isEmpty() && isWsp(name.back())) {
        name.chop(1);
    }
    out += name.toLower();
    out += ':';
    bool space = false;
    bool started = false;
    for (qsizetype i = colon + 1; i < raw.size(); ++i) {
        const char c = raw.at(i);
        if (c == '\r' || c == '\n') {
            continue; // unfold
        }
        if (isWsp(c)) {
            space = true;
            continue;
        }
        if (space && started) {
            out += ' ';
        }
        space = false;
        started = true;
        out += c;
    }
    out += "\r\n";
    return out;
}

QByteArray withoutSignatureValue(const QByteArray &raw)
{
    qsizetype start = raw.indexOf(':') + 1;
    while (start <= raw.size()) {
        qsizetype end = raw.indexOf(';', start);
        if (end < 0) {
            end = raw.size();
        }
        const qsizetype eq = raw.indexOf('=', start);
        if (eq >= 0 && eq < end && raw.mid(start, eq - start).trimmed() == "b") {
            return raw.left(eq + 1) + raw.mid(end);
        }
        start = end + 1;
    }
    return raw;
}

QList<const HeaderField *> selectSignedFields(const RawMessage &message, const QList<QByteArray> &names)
{
    // The fields of each name, bottom-up: one pass over the header, however long h= is.
    QHash<QByteArray, QList<const HeaderField *>> byName;
    for (auto it = message.fields.crbegin(); it != message.fields.crend(); ++it) {
        byName[it->name.toLower()] << &*it;
    }
    QHash<QByteArray, int> used;
    QList<const HeaderField *> selected;
    for (const QByteArray &name : names) {
        int &skip = used[name];
        const auto fields = byName.constFind(name.toLower());
        if (fields != byName.cend() && skip < fields->size()) {
            selected << fields->at(skip);
        }
        ++skip;
    }
    return selected;
}

QByteArray hashBytes(const QByteArray &data, HashAlgorithm algorithm)
{
    unsigned char out[EVP_MAX_MD_SIZE];
    unsigned int length = 0;
    EVP_Digest(data.constData(), size_t(data.size()), out, &length, digestOf(algorithm), nullptr);
    return QByteArray(reinterpret_cast<const char *>(out), int(length));
}

BodyHash hashBody(const QByteArray &body, Canonicalization canon, HashAlgorithm algorithm, std::optional<qint64> limit)
{
    BodySink sink(algorithm, limit);
    const char *p = body.constData();
    const qsizetype n = body.size();
    qsizetype pos = 0;
    qint64 pendingEmpty = 0; // empty lines held back: trailing ones are dropped
    static const char crlf[] = "\r\n";
    auto flushEmpty = [&] {
        for (; pendingEmpty > 0; --pendingEmpty) {
            sink.put(crlf, 2);
        }
    };
    while (pos < n) {
        const char *nl = static_cast<const char *>(std::memchr(p + pos, '\n', size_t(n - pos)));
        qsizetype end = nl ? nl - p : n;
        const qsizetype next = nl ? end + 1 : n;
        if (nl && end > pos && p[end - 1] == '\r') {
            --end;
        }
        const bool endsInCrlf = next - end == 2; // the line with its CRLF is canonical already
        if (canon == Canonicalization::Simple) {
            if (end == pos) {
                ++pendingEmpty;
            } else if (endsInCrlf) {
                flushEmpty();
                sink.putSource(p + pos, next - pos);
            } else {
                flushEmpty();
                sink.put(p + pos, end - pos);
                sink.put(crlf, 2);
            }
        } else {
            qsizetype last = end; // without trailing whitespace
            while (last > pos && isWsp(p[last - 1])) {
                --last;
            }
            if (last == pos) {
                ++pendingEmpty;
            } else if (!std::memchr(p + pos, '\t', size_t(last - pos)) &&
                       !std::memchr(p + pos, ' ', size_t(last - pos))) {
                // Most lines (base64 above all) have nothing to fold: taken as they are.
                flushEmpty();
                if (endsInCrlf && last == end) {
                    sink.putSource(p + pos, next - pos);
                } else {
                    sink.put(p + pos, last - pos);
                    sink.put(crlf, 2);
                }
            } else {
                flushEmpty();
                char *out = sink.reserve(last - pos + 2);
                char *w = out;
                for (qsizetype i = pos; i < last; ++i) {
                    const char c = p[i];
                    if (isWsp(c)) {
                        if (i == pos || !isWsp(p[i - 1])) {
                            *w++ = ' ';
                        }
                    } else {
                        *w++ = c;
                    }
                }
                *w++ = '\r';
                *w++ = '\n';
                sink.commit(out, w - out);
            }
        }
        pos = next;
    }
    if (canon == Canonicalization::Simple && sink.total() == 0) {
        sink.put(crlf, 2); // an empty body is one CRLF
    }
    BodyHash result;
    result.canonicalLength = sink.total();
    result.digest = sink.finish();
    return result;
}

} // namespace mt::message
