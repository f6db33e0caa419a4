#pragma once

#include "plan/ids.h"
#include "plan/plan.h"

#include <QList>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;

namespace salesplan::ui {

class PlanDocument;

// The drivers of one what-if scenario: its name, and for each driver a box to override it, the
// scenario's value in the same figure fields as the plan's editors (so 1.2亿 and 25 % read the
// same) and the plan's value beside it; the seasonality as a choice. Every change is one undoable
// edit of the plan's scenarios; the plan's own drivers are never touched here.
class ScenarioEditor : public QWidget
{
    Q_OBJECT
public:
    ScenarioEditor(PlanDocument *document, RowId scenario, QWidget *parent = nullptr);

    RowId scenarioId() const { return m_id; }

private:
    struct DriverRow
    {
        ScenarioDriver driver;
        QCheckBox *override;
        QWidget *field;
        QLabel *baseline;
    };

    QWidget *createField(ScenarioDriver driver);
    void addDriverRows();
    void addSeasonalityRow();
    void setOverridden(ScenarioDriver driver, bool on);
    void setSeasonality(int index);
    void setWeights();
    void refresh();

    PlanDocument *m_document;
    RowId m_id;
    QLineEdit *m_name;
    QList<DriverRow> m_rows;
    QCheckBox *m_seasonalityOverride = nullptr;
    QComboBox *m_seasonality = nullptr;
    QLabel *m_seasonalityBaseline = nullptr;
    QLineEdit *m_weights = nullptr; // the twelve custom weights, while the override is custom
    QLabel *m_problem;
};

} // namespace salesplan::ui
