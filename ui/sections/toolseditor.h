#pragma once

#include "sectioneditor.h"

class QLabel;

namespace salesplan::ui {

// Section 6, tools: the CRM and the other tools the team works with, what each is for, who owns
// it, what it costs a year and what data it holds; below the table the total yearly cost.
class ToolsEditor : public SectionEditor
{
    Q_OBJECT
public:
    explicit ToolsEditor(PlanDocument *document, QWidget *parent = nullptr);

    // The line below the table: "Total annual cost of the 4 tools: ¥180,000.00".
    static QString totalText(const Plan &plan);

private:
    void updateTotal();

    QLabel *m_total = nullptr;
};

} // namespace salesplan::ui
