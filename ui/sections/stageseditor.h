#pragma once

#include "sectioneditor.h"

class QLabel;

namespace salesplan::ui {

class TableEditor;

// Section 5, stages & methods: the ordered steps from the first lead to the signed contract,
// with each stage's method, exit criteria, collateral, conversion rate and typical days; below
// the table what the rates mean together ("Of 100 leads, 7 become customers").
class StagesEditor : public SectionEditor
{
    Q_OBJECT
public:
    explicit StagesEditor(PlanDocument *document, QWidget *parent = nullptr);

    TableEditor *table() const { return m_table; }
    // "stages.conversionRate" puts the cursor on the first stage whose rate is out of range.
    bool focusField(const QString &fieldKey) override;

    // The overall conversion of the stages in words, for the line below the table.
    static QString conversionText(const QList<Stage> &stages);

private:
    void updateConversion();

    TableEditor *m_table = nullptr;
    QLabel *m_conversion = nullptr;
};

} // namespace salesplan::ui
