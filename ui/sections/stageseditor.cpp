#include "stageseditor.h"

#include "document/plandocument.h"
#include "missioneditor.h"
#include "plan/format.h"
#include "plantablemodel.h"
#include "tableeditor.h"

#include <QDoubleSpinBox>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QStyledItemDelegate>
#include <QTableView>
#include <QVBoxLayout>

#include <cmath>
#include <optional>

namespace salesplan::ui {

namespace {

enum StageColumn { NameColumn, MethodColumn, ExitColumn, CollateralColumn, RateColumn, DaysColumn };

constexpr int maximumDays = 999;

// A rate as people write it: "60 %", or "62.5 %" when it has a fraction of a percent.
// `text` followed by `sentence`: a space between them in English, none in Chinese.
QString nextSentence(const QString &text, const QString &sentence)
{
    return StagesEditor::tr("%1 %2", "one sentence after another").arg(text, sentence);
}

QString ratePercent(double rate)
{
    const double percent = rate * 100.0;
    const bool whole = std::abs(percent - std::round(percent)) < 1e-9;
    return formatPercent(rate, whole ? 0 : 1);
}

// The stages table: the rate shows as a percent and is edited as a number of percent; numbers
// are aligned right and text cells carry their full text as a tooltip.
class StageTableModel final : public RowTableModel<Stage>
{
public:
    using RowTableModel<Stage>::RowTableModel;

    QVariant data(const QModelIndex &index, int role) const override
    {
        if (!index.isValid() || index.row() >= rows().size())
            return {};
        const bool number = index.column() == RateColumn || index.column() == DaysColumn;
        if (index.column() == RateColumn && role == Qt::EditRole)
            return rows().at(index.row()).conversionRate * 100.0;
        if (number && role == Qt::TextAlignmentRole)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        if (!number && role == Qt::ToolTipRole) {
            const QString text = RowTableModel<Stage>::data(index, Qt::DisplayRole).toString();
            return text.isEmpty() ? QVariant() : QVariant(text);
        }
        return RowTableModel<Stage>::data(index, role);
    }
};

// Edits a number cell in a spin box limited to what the column accepts.
class NumberDelegate : public QStyledItemDelegate
{
public:
    NumberDelegate(double minimum, double maximum, int decimals, QString suffix, QObject *parent)
        : QStyledItemDelegate(parent)
        , m_minimum(minimum)
        , m_maximum(maximum)
        , m_decimals(decimals)
        , m_suffix(std::move(suffix))
    {}

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &,
                          const QModelIndex &index) const override
    {
        auto *spin = new QDoubleSpinBox(parent);
        spin->setRange(m_minimum, m_maximum);
        spin->setDecimals(m_decimals);
        spin->setSuffix(m_suffix);
        spin->setAlignment(Qt::AlignRight);
        spin->setAccessibleName(
            index.model()->headerData(index.column(), Qt::Horizontal, Qt::DisplayRole).toString());
        return spin;
    }

    void setEditorData(QWidget *editor, const QModelIndex &index) const override
    {
        if (auto *spin = qobject_cast<QDoubleSpinBox *>(editor))
            spin->setValue(index.data(Qt::EditRole).toDouble());
    }

    void setModelData(QWidget *editor, QAbstractItemModel *model,
                      const QModelIndex &index) const override
    {
        if (auto *spin = qobject_cast<QDoubleSpinBox *>(editor)) {
            spin->interpretText();
            model->setData(index, spin->value(), Qt::EditRole);
        }
    }

private:
    double m_minimum;
    double m_maximum;
    int m_decimals;
    QString m_suffix;
};

// A number typed into a cell or set by a delegate: 45, 45.5, "45 %"; nullopt when it is none.
std::optional<double> numberOf(const QVariant &value)
{
    bool ok = false;
    double number = value.toDouble(&ok);
    if (!ok && value.typeId() == QMetaType::QString) {
        QString text = value.toString();
        text.remove(u'%');
        text.remove(u'％');
        text = text.trimmed();
        number = QLocale().toDouble(text, &ok);
        if (!ok)
            number = text.toDouble(&ok);
    }
    if (!ok || !std::isfinite(number))
        return std::nullopt;
    return number;
}

RowColumn<Stage> textColumn(const QString &title, QString Stage::*member,
                            const QString &toolTip = {})
{
    return {title, [member](const Stage &row) { return QVariant(row.*member); },
            [member](Stage &row, const QVariant &value) {
                row.*member = value.toString().trimmed();
                return true;
            },
            toolTip};
}

StageTableModel *stageModel(PlanDocument *document, QObject *parent)
{
    QList<RowColumn<Stage>> columns{
        textColumn(StagesEditor::tr("Stage"), &Stage::name),
        textColumn(StagesEditor::tr("Method"), &Stage::method),
        textColumn(StagesEditor::tr("Exit criteria"), &Stage::exitCriteria),
        textColumn(StagesEditor::tr("Collateral"), &Stage::collateral),
        {StagesEditor::tr("Conversion"),
         [](const Stage &row) { return QVariant(ratePercent(row.conversionRate)); },
         [](Stage &row, const QVariant &value) {
             const std::optional<double> percent = numberOf(value);
             if (!percent || *percent < 0.0 || *percent > 100.0)
                 return false;
             row.conversionRate = *percent / 100.0;
             return true;
         },
         StagesEditor::tr("The share of the deals in this stage that move on to the next one, "
                          "0–100 %")},
        {StagesEditor::tr("Days"), [](const Stage &row) { return QVariant(row.typicalDays); },
         [](Stage &row, const QVariant &value) {
             const std::optional<double> days = numberOf(value);
             if (!days || *days < 0.0 || *days > maximumDays)
                 return false;
             row.typicalDays = int(std::lround(*days));
             return true;
         },
         StagesEditor::tr("How many days a deal typically spends in this stage")},
    };
    return new StageTableModel(
        document, Section::Stages,
        [](const Plan &plan) -> const QList<Stage> & { return plan.stages; },
        [](Plan &plan) -> QList<Stage> & { return plan.stages; }, std::move(columns),
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
                                      .arg(name, ratePercent(narrowest->conversionRate)));
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
    view->setItemDelegateForColumn(
        RateColumn, new NumberDelegate(0.0, 100.0, 1, QStringLiteral(" %"), m_table));
    view->setItemDelegateForColumn(DaysColumn,
                                   new NumberDelegate(0.0, maximumDays, 0, {}, m_table));
    QHeaderView *header = view->horizontalHeader();
    header->setSectionResizeMode(NameColumn, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(RateColumn, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(DaysColumn, QHeaderView::ResizeToContents);
    // Method and exit criteria say the most; collateral is a short list of documents.
    header->setSectionResizeMode(CollateralColumn, QHeaderView::Interactive);
    header->resizeSection(CollateralColumn, 180);
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
    contentLayout()->addWidget(m_table);
    contentLayout()->addWidget(m_conversion);
    contentLayout()->addStretch(1);

    connect(document, &PlanDocument::changed, this, [this](PlanChanges changes) {
        if (changes.testFlag(PlanPart::Stages))
            updateConversion();
    });
    updateConversion();
}

bool StagesEditor::focusField(const QString &fieldKey)
{
    if (fieldKey != QStringLiteral("stages.conversionRate"))
        return SectionEditor::focusField(fieldKey);
    const QList<Stage> &stages = document()->plan().stages;
    if (stages.isEmpty())
        return SectionEditor::focusField(QStringLiteral("stages"));
    int row = 0;
    for (int i = 0; i < stages.size(); ++i) {
        const double rate = stages.at(i).conversionRate;
        if (rate <= 0.0 || rate > 1.0) {
            row = i;
            break;
        }
    }
    m_table->view()->setCurrentIndex(m_table->model()->index(row, RateColumn));
    m_table->view()->setFocus(Qt::OtherFocusReason);
    return true;
}

void StagesEditor::updateConversion()
{
    m_conversion->setText(conversionText(document()->plan().stages));
}

} // namespace salesplan::ui
