#pragma once

#include "sectioneditor.h"

#include <QStringList>

#include <functional>

class QGroupBox;
class QLineEdit;
class QPlainTextEdit;

namespace salesplan::ui {

class TableEditor;

// Section 4, customer segments: a table of the segments (name, B2B or B2C, tier) and below it
// the details of the current one: characteristics, attribute tags, challenges, goals, strategy.
// Each edit of the details is an edit of that segment's row; typing into one field of one
// segment is one undo step.
class SegmentsEditor : public SectionEditor
{
    Q_OBJECT
public:
    explicit SegmentsEditor(PlanDocument *document, QWidget *parent = nullptr);

    TableEditor *table() const { return m_table; }
    // The id of the segment shown in the details; 0 when there is none.
    RowId currentSegmentId() const { return m_currentId; }

    // "cloud, 决策快，重视效率、SaaS" -> the tags; commas (half- or full-width), 、 and ; separate.
    static QStringList parseTags(const QString &text);

private:
    const Segment *currentSegment() const;
    void onCurrentChanged();
    void onModelReset();
    void showDetails();
    void bindDetail(QPlainTextEdit *editor, QString Segment::*member, const QString &field,
                    const QString &undoText);
    void editCurrent(const QString &field, const QString &undoText,
                     const std::function<void(Segment &)> &change);

    TableEditor *m_table = nullptr;
    QGroupBox *m_details = nullptr;
    QPlainTextEdit *m_characteristics = nullptr;
    QLineEdit *m_attributes = nullptr;
    QPlainTextEdit *m_challenges = nullptr;
    QPlainTextEdit *m_goals = nullptr;
    QPlainTextEdit *m_strategy = nullptr;
    RowId m_currentId = 0;
    int m_currentRow = -1;
    bool m_showing = false; // the details are being filled from the plan, not typed
};

} // namespace salesplan::ui
