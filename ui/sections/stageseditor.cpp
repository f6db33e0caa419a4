#include "stageseditor.h"

#include "cells/fieldcolumns.h"
#include "cells/tableparts.h"
#include "document/plandocument.h"
#include "plan/format.h"
#include "plantablemodel.h"
#include "tableeditor.h"

#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QTableView>
#include <QVBoxLayout>

#include <cmath>

namespace salesplan::ui {

namespace {

// `text` followed by `sentence`: a space between them in English, none in Chinese.
QString nextSentence(const QString &text, const QString &sentence)
{
    return StagesEditor::tr("%1 %2", "one sentence after another").arg(text, sentence);
}

RowTableModel<Stage> *stageModel(PlanDocument *document, QObject *parent)
{
    return new RowTableModel<Stage>(
        document, Section::Stages,
        [](const Plan &plan) -> const QList<Stage> & { return plan.stages; },
        [](Plan &plan) -> QList<Stage> & { return plan.stages; }, fieldColumns<Stage>(document),
        [](RowIdSource &ids) {
            Stage row;
            row.id = ids.take();
            return row;
        },
        parent);
}

} // namespace

QString StagesEditor::conversionText(const QList<Stage> &stages)
{
    if (stages.isEmpty())
        return tr("Add the stages from the first lead to the signed contract to see how many "
                  "leads become customers.");
    double overall = 1.0;
    int days = 0;
    const Stage *narrowest = &stages.first();
    for (const Stage &stage : stages) {
        overall *= stage.conversionRate;
        days += stage.typicalDays;
        if (stage.conversionRate < narrowest->conversionRate)
            narrowest = &stage;
    }
    const QString name = narrowest->name.isEmpty()
                             ? tr("stage %1").arg(stages.indexOf(*narrowest) + 1)
                             : narrowest->name;
    if (overall <= 0.0)
        return tr("No lead becomes a customer: the stage “%1” lets none through.").arg(name);

    // Of 100 leads, or of 1,000 or 10,000 when fewer than one in 100 is won.
    int leads = 100;
    long customers = std::lround(overall * leads);
    while (customers < 1 && leads < 1'000'000) {
        leads *= 10;
        customers = std::lround(overall * leads);
    }
    const QString leadText = QLocale().toString(leads);
    QString text = customers == 1 ? tr("Of %1 leads, 1 becomes a customer").arg(leadText)
                                  : tr("Of %1 leads, %2 become customers")
                                        .arg(leadText, QLocale().toString(qlonglong(customers)));
    text += tr(" (overall conversion %1).").arg(formatPercent(overall, overall < 0.01 ? 2 : 1));
    if (narrowest->conversionRate < 1.0)
        text = nextSentence(text, tr("The narrowest step is “%1” at %2.")
                                      .arg(name, percentText(narrowest->conversionRate)));
    if (days > 0)
        text = nextSentence(text, days == 1 ? tr("A deal takes about 1 day from the first lead "
                                                 "to the contract.")
                                            : tr("A deal takes about %1 days from the first lead "
                                                 "to the contract.")
                                                  .arg(days));
    return text;
}

StagesEditor::StagesEditor(PlanDocument *document, QWidget *parent)
    : SectionEditor(document, Section::Stages, parent)
    , m_conversion(new QLabel(this))
{
    setGuidance(
        tr("<p>Write down the steps a prospect takes from the first contact to the signed "
           "contract, in order. A new plan starts with seven common ones (lead generation, "
           "qualification, contact, needs analysis, solution, objection handling, close): rename, "
           "remove or add steps until they match how your customers really buy.</p>"
           "<p>For each stage say how the rep works (the method), the fact that shows the deal "
           "may move on (the exit criteria, something the customer does, not the rep), what "
           "material helps, what share of deals moves on and how long it usually takes. Take the "
           "rates from last year's CRM data. For example: <i>Qualification: check budget, "
           "decision maker, need and timing; exit when all four are confirmed; 50 %, 7 "
           "days.</i></p>"));

    m_table = new TableEditor(stageModel(document, this), QStringLiteral("stages"),
                              tr("Sales stages"), this);
    QTableView *view = m_table->view();
    PlanTableModel *model = m_table->model();
    QHeaderView *header = view->horizontalHeader();
    header->setSectionResizeMode(model->columnOf(u"name"), QHeaderView::ResizeToContents);
    // Method and exit criteria say the most; collateral is a short list of documents.
    header->setSectionResizeMode(model->columnOf(u"collateral"), QHeaderView::Interactive);
    header->resizeSection(model->columnOf(u"collateral"), 180);
    fitTableToRows(view, 4, 1, 14);

    auto *heading = new QLabel(tr("Sales &stages, in order (drag a row or press Ctrl+Up / "
                                  "Ctrl+Down to move it):"),
                               this);
    heading->setBuddy(view);
    heading->setWordWrap(true);

    m_conversion->setObjectName(QStringLiteral("stages.overallConversion"));
    m_conversion->setAccessibleName(tr("Overall conversion"));
    m_conversion->setWordWrap(true);
    m_conversion->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont conversionFont = m_conversion->font();
    conversionFont.setBold(true);
    m_conversion->setFont(conversionFont);

    contentLayout()->addWidget(heading);
    contentLayout()->addWidget(m_table, 1);
    contentLayout()->addWidget(m_conversion);

    connect(document, &PlanDocument::changed, this, [this](PlanChanges changes) {
        if (changes.testFlag(PlanPart::Stages))
            updateConversion();
    });
    updateConversion();
}

bool StagesEditor::focusField(const QString &fieldKey)
{
    // The rates' finding: the first stage whose rate lets no deal through, or more than all.
    if (fieldKey == QStringLiteral("stages.conversionRate")) {
        const QList<Stage> &stages = document()->plan().stages;
        for (int i = 0; i < stages.size(); ++i) {
            const double rate = stages.at(i).conversionRate;
            if (rate <= 0.0 || rate > 1.0) {
                m_table->view()->setCurrentIndex(m_table->model()->index(i, 0));
                break;
            }
        }
    }
    return SectionEditor::focusField(fieldKey);
}

void StagesEditor::updateConversion()
{
    m_conversion->setText(conversionText(document()->plan().stages));
}

} // namespace salesplan::ui
