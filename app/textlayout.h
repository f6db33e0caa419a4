#pragma once

#include <QString>

// Lines of the command line's plain-text reports, lined up in a terminal where Chinese
// characters take two columns.
namespace salesplan::textlayout {

// `text` followed by spaces up to `columns` terminal columns.
QString padded(const QString &text, int columns);
// "  LABEL                         VALUE\n".
QString line(const QString &label, const QString &value);
// A blank line, then `title`.
QString sectionTitle(const QString &title);

} // namespace salesplan::textlayout
