#pragma once

#include <QList>
#include <QWidget>

class QComboBox;
class QLabel;
class QProgressBar;
class QSpinBox;

namespace salesplan {
struct PlanSummary;
}

namespace salesplan::ui {

class NumberField;
class PlanDocument;

// The "Seasonality" tab of the Targets editor: where the month weights come from (even, last
// year, an average of earlier years, or typed) and each month's share of the year and target.
class TargetsSeasonalityPanel : public QWidget
{
    Q_OBJECT
public:
    explicit TargetsSeasonalityPanel(PlanDocument *document, QWidget *parent = nullptr);

    // Shows the figures derived from the document's plan.
    void showSummary(const PlanSummary &summary);

private:
    QWidget *makeModeGroup();
    QWidget *makeMonthsGroup();

    struct MonthRow
    {
        QLabel *name = nullptr;
        NumberField *weight = nullptr;
        QLabel *share = nullptr;
        QProgressBar *bar = nullptr;
        QLabel *amount = nullptr;
    };

    PlanDocument *m_document;
    QComboBox *m_mode = nullptr;
    QSpinBox *m_years = nullptr;
    QLabel *m_modeNote = nullptr;
    QLabel *m_problem = nullptr;
    QList<MonthRow> m_months;
};

} // namespace salesplan::ui
