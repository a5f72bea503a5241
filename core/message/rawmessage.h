#pragma once

#include <QByteArray>
#include <QList>

namespace mt::message {

// One header field as it was written: RAW holds the name, the colon and the
// value with its folding, lines joined by CRLF, without the final CRLF.
struct HeaderField
{
    QByteArray name; // as written
    QByteArray raw;

    bool is(const char *other) const;
    // The value after the colon, unfolded, trimmed.
    QByteArray value() const;
};

// A message (or just its header block) split into header fields and body.
// Lines may end in CRLF or LF (a paste); the fields are kept in CRLF form,
// the body as given (the canonicalizations accept both).
struct RawMessage
{
    QList<HeaderField> fields;
    QByteArray body;
    bool hasBody = false; // a blank line ended the header block
    qsizetype size = 0;   // bytes of the input

    // Fields named NAME, top first.
    QList<const HeaderField *> all(const char *name) const;
    const HeaderField *first(const char *name) const;
};

// At most MAX_FIELDS fields are kept (the rest of the header block is
// dropped), so a paste of a million lines costs bounded memory.
RawMessage parseRawMessage(const QByteArray &data, int maxFields = 20000);

} // namespace mt::message
