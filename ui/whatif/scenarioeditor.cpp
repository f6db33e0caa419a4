#include "whatif/scenarioeditor.h"

#include "accessiblename.h"
#include "document/plandocument.h"
#include "plan/choices.h"
#include "plan/format.h"
#include "plan/numberinput.h"
#include "plan/scenario.h"
#include "sections/fieldwidgets.h"
#include "severitystyle.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCoreApplication>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QRegularExpression>
#include <QSignalBlocker>
#include <QVBoxLayout>

#include <cmath>

namespace salesplan::ui {

namespace {

// A scenario keeps month weights only while its seasonality is custom: the file and the JSON keep
// them only then, so the plan in memory says what they will read back.
void keepWeightsOnlyWhenCustom(Scenario &scenario)
{
    if (scenario.seasonality != SeasonalityMode::Custom)
        scenario.customWeights = Scenario{}.customWeights;
}

// The scenario's value of `driver`, or the plan's when it does not override it.
double shownValue(const Plan &plan, RowId id, ScenarioDriver driver)
{
    const Scenario *scenario = findScenario(plan, id);
    const std::optional<double> value = scenario ? scenario->value(driver) : std::nullopt;
    return value ? *value : scenarioDriver(driver).baseline(plan);
}

void setOverride(Plan &plan, RowId id, ScenarioDriver driver, std::optional<double> value)
{
    if (Scenario *scenario = findScenario(plan, id))
        scenario->setValue(driver, value);
}

// The plan's value of a driver as people read it.
QString baselineText(const Plan &plan, const ScenarioDriverInfo &info)
{
    const double value = info.baseline(plan);
    switch (info.kind) {
    case FieldKind::Money:
        return formatMoney(Money{qint64(std::llround(value)), plan.info.currency});
    case FieldKind::Rate:
        return formatPercent(value);
    case FieldKind::Count: {
        int reps = int(plan.team.members.size());
        for (const Hire &hire : plan.team.hiring)
            reps += hire.count;
        return QCoreApplication::translate("ScenarioEditor", "%1 on the team")
            .arg(formatCount(reps));
    }
    default:
        return formatNumber(value, 1);
    }
}

} // namespace

ScenarioEditor::ScenarioEditor(PlanDocument *document, RowId scenario, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
    , m_id(scenario)
    , m_name(new QLineEdit(this))
    , m_problem(new QLabel(this))
{
    setObjectName(QStringLiteral("whatIf.editor"));
    m_name->setObjectName(QStringLiteral("whatIf.name"));
    m_problem->setObjectName(QStringLiteral("whatIf.problem"));
    m_problem->setWordWrap(true);
    showInSeverityColor(m_problem, Severity::Error);
    auto *grid = new QGridLayout;
    auto *nameLabel = new QLabel(tr("Scenario name:"), this);
    labelField(nameLabel, m_name);
    grid->addWidget(nameLabel, 0, 0);
    grid->addWidget(m_name, 0, 1, 1, 2);
    auto *header = new QLabel(tr("Overrides"), this);
    QFont bold = header->font();
    bold.setBold(true);
    header->setFont(bold);
    auto *planHeader = new QLabel(tr("In the plan"), this);
    planHeader->setFont(bold);
    grid->addWidget(header, 1, 0);
    grid->addWidget(planHeader, 1, 2);
    setLayout(new QVBoxLayout);
    layout()->addItem(grid);
    addDriverRows();
    addSeasonalityRow();
    for (int row = 0; row < m_rows.size(); ++row) {
        grid->addWidget(m_rows[row].override, row + 2, 0);
        grid->addWidget(m_rows[row].field, row + 2, 1);
        grid->addWidget(m_rows[row].baseline, row + 2, 2);
    }
    const int seasonalityRow = int(m_rows.size()) + 2;
    grid->addWidget(m_seasonalityOverride, seasonalityRow, 0);
    grid->addWidget(m_seasonality, seasonalityRow, 1);
    grid->addWidget(m_seasonalityBaseline, seasonalityRow, 2);
    grid->addWidget(m_weights, seasonalityRow + 1, 1, 1, 2);
    grid->setColumnStretch(3, 1);
    layout()->addWidget(m_problem);
    static_cast<QVBoxLayout *>(layout())->addStretch(1);

    connect(m_name, &QLineEdit::editingFinished, this, [this] {
        const QString name = m_name->text().trimmed();
        if (name.isEmpty())
            return refresh();
        m_document->edit(tr("Rename scenario"), [&](Plan &plan) {
            if (Scenario *found = findScenario(plan, m_id))
                found->name = name;
        });
    });
    connect(m_document, &PlanDocument::changed, this, &ScenarioEditor::refresh);
    refresh();
}

QWidget *ScenarioEditor::createField(ScenarioDriver driver)
{
    const ScenarioDriverInfo &info = scenarioDriver(driver);
    const QString key = QStringLiteral("scenario.%1.%2").arg(m_id).arg(info.key.toString());
    const QString undo = tr("Change %1 in a scenario").arg(info.labelText());
    const RowId id = m_id;
    if (info.kind == FieldKind::Money) {
        MoneyBinding binding{key,
                             undo,
                             [id, driver](const Plan &plan) {
                                 return Money{qint64(std::llround(shownValue(plan, id, driver))),
                                              plan.info.currency};
                             },
                             [id, driver](Plan &plan, const Money &value) {
                                 setOverride(plan, id, driver, double(value.minor));
                             },
                             false,
                             false};
        return new MoneyField(m_document, binding, this);
    }
    NumberBinding binding{
        key, undo, [id, driver](const Plan &plan) { return shownValue(plan, id, driver); },
        [id, driver](Plan &plan, double value) { setOverride(plan, id, driver, value); },
        [driver](const Plan &, double value) {
            const Status ok = checkOverride(driver, value);
            return ok ? QString() : ok.error().reason;
        }};
    switch (info.kind) {
    case FieldKind::Rate:
        return new PercentField(m_document, binding, NumberRange{0.0, 1.0}, this);
    case FieldKind::Count:
        return new NumberField(m_document, binding, -10000, 10000, 0, tr("reps"), this);
    default:
        return new NumberField(m_document, binding, 0, 100000, 1, QString(), this);
    }
}

void ScenarioEditor::addDriverRows()
{
    for (const ScenarioDriverInfo &info : scenarioDrivers()) {
        auto *box = new QCheckBox(info.labelText(), this);
        box->setObjectName(QStringLiteral("whatIf.override.%1").arg(info.key.toString()));
        const ScenarioDriver driver = info.driver;
        connect(box, &QCheckBox::toggled, this,
                [this, driver](bool on) { setOverridden(driver, on); });
        QWidget *field = createField(driver);
        // The check box beside the field says what it is.
        if (auto *edit = field->findChild<QLineEdit *>())
            edit->setAccessibleName(fieldNameFromLabel(info.labelText()));
        m_rows.append({driver, box, field, new QLabel(this)});
    }
}

void ScenarioEditor::addSeasonalityRow()
{
    m_seasonalityOverride = new QCheckBox(Field::tr("Seasonality"), this);
    m_seasonalityOverride->setObjectName(QStringLiteral("whatIf.override.seasonality"));
    m_seasonality = new QComboBox(this);
    m_seasonality->addItems(choiceNames(choicesOf<SeasonalityMode>()));
    m_seasonality->setAccessibleName(Field::tr("Seasonality"));
    m_seasonalityBaseline = new QLabel(this);
    connect(m_seasonalityOverride, &QCheckBox::toggled, this, [this](bool on) {
        m_document->edit(on ? tr("Override the seasonality") : tr("Use the plan's seasonality"),
                         [&](Plan &plan) {
                             if (Scenario *found = findScenario(plan, m_id)) {
                                 found->seasonality =
                                     on ? std::optional(plan.targets.seasonality) : std::nullopt;
                                 found->customWeights = plan.targets.customWeights;
                                 keepWeightsOnlyWhenCustom(*found);
                             }
                         });
    });
    connect(m_seasonality, &QComboBox::activated, this, &ScenarioEditor::setSeasonality);
    m_weights = new QLineEdit(this);
    m_weights->setObjectName(QStringLiteral("whatIf.weights"));
    m_weights->setPlaceholderText(tr("Twelve month weights, e.g. 1 1 1 1 1 1 1 1 1 1 2 3"));
    m_weights->setToolTip(tr("The weight of each month of the plan year, first month first"));
    m_weights->setAccessibleName(tr("Month weights"));
    connect(m_weights, &QLineEdit::editingFinished, this, &ScenarioEditor::setWeights);
}

void ScenarioEditor::setWeights()
{
    const QStringList parts = m_weights->text().split(
        QRegularExpression(QStringLiteral("[\\s,，、;；]+")), Qt::SkipEmptyParts);
    if (parts.size() != Period::monthCount) {
        m_problem->setText(tr("Seasonality: twelve weights are needed, not %1").arg(parts.size()));
        return;
    }
    MonthWeights weights{};
    const NumberRule rule{0.0, 1000.0, 2, false};
    for (int m = 0; m < Period::monthCount; ++m) {
        const Result<double> weight = parseNumberInput(parts.at(m), rule);
        if (!weight) {
            m_problem->setText(tr("Seasonality: %1").arg(weight.error().reason));
            return;
        }
        weights[std::size_t(m)] = *weight;
    }
    m_document->edit(tr("Change the month weights in a scenario"), [&](Plan &plan) {
        if (Scenario *found = findScenario(plan, m_id))
            found->customWeights = weights;
    });
    refresh();
}

void ScenarioEditor::setOverridden(ScenarioDriver driver, bool on)
{
    const QString label = scenarioDriver(driver).labelText();
    m_document->edit(
        on ? tr("Override %1").arg(label) : tr("Use the plan's %1").arg(label), [&](Plan &plan) {
            const double baseline = scenarioDriver(driver).baseline(plan);
            setOverride(plan, m_id, driver, on ? std::optional<double>(baseline) : std::nullopt);
        });
}

void ScenarioEditor::setSeasonality(int index)
{
    const ChoiceList choices = choicesOf<SeasonalityMode>();
    const auto mode = SeasonalityMode(choices[std::size_t(index)].value);
    m_document->edit(tr("Change the seasonality in a scenario"), [&](Plan &plan) {
        if (Scenario *found = findScenario(plan, m_id)) {
            found->seasonality = mode;
            keepWeightsOnlyWhenCustom(*found);
        }
    });
}

void ScenarioEditor::refresh()
{
    const Plan &plan = m_document->plan();
    const Scenario *scenario = findScenario(plan, m_id);
    const bool editable = scenario && !m_document->isReadOnly();
    setEnabled(scenario != nullptr);
    if (!scenario)
        return;
    if (!m_name->hasFocus())
        m_name->setText(scenario->name);
    m_name->setReadOnly(!editable);
    for (const DriverRow &row : std::as_const(m_rows)) {
        const bool overridden = scenario->value(row.driver).has_value();
        const QSignalBlocker blocker(row.override);
        row.override->setChecked(overridden);
        row.override->setEnabled(editable);
        row.field->setEnabled(editable && overridden);
        row.baseline->setText(baselineText(plan, scenarioDriver(row.driver)));
    }
    {
        const QSignalBlocker blocker(m_seasonalityOverride);
        m_seasonalityOverride->setChecked(scenario->seasonality.has_value());
        m_seasonalityOverride->setEnabled(editable);
    }
    const SeasonalityMode mode = scenario->seasonality.value_or(plan.targets.seasonality);
    m_seasonality->setCurrentIndex(choiceIndex(choicesOf<SeasonalityMode>(), int(mode)));
    m_seasonality->setEnabled(editable && scenario->seasonality.has_value());
    m_seasonalityBaseline->setText(choiceName(plan.targets.seasonality));
    const bool custom = scenario->seasonality == SeasonalityMode::Custom;
    m_weights->setVisible(custom);
    m_weights->setReadOnly(!editable);
    if (custom && !m_weights->hasFocus()) {
        QStringList weights;
        for (const double weight : scenario->customWeights)
            weights << QString::number(weight, 'g', 6);
        m_weights->setText(weights.join(u' '));
    }
    const Status valid = checkScenario(*scenario);
    m_problem->setText(valid ? QString() : valid.error().message());
}

} // namespace salesplan::ui
