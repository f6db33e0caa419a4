#pragma once

#include <QtGlobal>

namespace salesplan {

// A row's identity inside one plan (a member, a stage, a risk...). It never changes once given,
// so a row keeps its identity when it is renamed or moved, in undo commands and in the file.
using RowId = qint64;

// Hands out row ids that are unique within one plan. The plan keeps the next free value.
class RowIdSource
{
public:
    explicit RowIdSource(RowId next = 1) : m_next(next) {}
    RowId take() { return m_next++; }
    RowId peek() const { return m_next; }
    void reserveAbove(RowId used)
    {
        if (used >= m_next)
            m_next = used + 1;
    }
    bool operator==(const RowIdSource &) const = default;

private:
    RowId m_next;
};

} // namespace salesplan
