#pragma once

#include "sectioneditor.h"

namespace salesplan::ui {

// Section 1, mission & positioning: the plan's name and company, why the company exists, where
// it stands, what it offers, the market's size, growth and trends, and the competitors.
class MissionEditor : public SectionEditor
{
    Q_OBJECT
public:
    explicit MissionEditor(PlanDocument *document, QWidget *parent = nullptr);
};

} // namespace salesplan::ui
