#pragma once

#include "check/findings.h"

#include <QColor>
#include <QIcon>
#include <QList>
#include <QString>
#include <QWidget>

class QPalette;
class QStyle;
class QVBoxLayout;

// How a finding's severity looks wherever findings are listed: errors in red with the critical
// icon, warnings in amber with the warning icon, hints in the text colour with the information
// icon. Each colour reads on a light and on a dark background.
namespace salesplan::ui {

// The colour of a severity's text on `palette`'s window background.
QColor severityColor(Severity severity, const QPalette &palette);
// Writes `widget`'s text in `severity`'s colour, now and again whenever the application's
// palette changes (Preferences ▸ Appearance), so it stays readable on light and dark.
void showInSeverityColor(QWidget *widget, Severity severity);
// The standard message-box icon of a severity in `style`.
QIcon severityIcon(Severity severity, const QStyle *style);

// One line of a FindingLines: its severity and what it says.
struct FindingLine
{
    Severity severity = Severity::Hint;
    QString text;
};

// A short list of findings, each line with its severity's icon and colour: under each section
// of the wizard. Hidden while empty.
class FindingLines : public QWidget
{
    Q_OBJECT
public:
    explicit FindingLines(QWidget *parent = nullptr);

    void setLines(const QList<FindingLine> &lines);
    // The lines' texts, one per line, for tests and screen readers.
    QString text() const;

private:
    QVBoxLayout *m_layout;
    QList<FindingLine> m_lines;
};

} // namespace salesplan::ui
