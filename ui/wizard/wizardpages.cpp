#include "wizardpages.h"

#include "check/findings.h"
#include "document/plandocument.h"
#include "language/language.h"
#include "overviewpage.h"
#include "planwizard.h"
#include "sections/sectioneditor.h"
#include "sections/sectioneditors.h"
#include "severitystyle.h"

#include <QComboBox>
#include <QDate>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QStandardPaths>
#include <QVBoxLayout>

namespace salesplan::ui {

namespace {

QLabel *problemLabel(QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setWordWrap(true);
    QPalette palette = label->palette();
    palette.setColor(QPalette::WindowText, QColor(0xB0, 0x3A, 0x2E));
    label->setPalette(palette);
    return label;
}

QString defaultFolder()
{
    return QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
}

} // namespace

IntroPage::IntroPage(PlanWizard *wizard)
    : m_wizard(wizard)
    , m_company(new QLineEdit(this))
    , m_name(new QLineEdit(this))
    , m_year(new QSpinBox(this))
    , m_currency(new QComboBox(this))
    , m_language(new QComboBox(this))
    , m_path(new QLineEdit(this))
    , m_problem(problemLabel(this))
{
    setObjectName(QStringLiteral("introPage"));
    setTitle(tr("A new sales plan"));
    setSubTitle(tr("Name the plan and choose where to keep it. Every change is saved as you go."));
    m_company->setObjectName(QStringLiteral("info.company"));
    m_name->setObjectName(QStringLiteral("info.name"));
    m_year->setObjectName(QStringLiteral("info.period.year"));
    m_currency->setObjectName(QStringLiteral("info.currency"));
    m_language->setObjectName(QStringLiteral("info.language"));
    const QList<LanguageChoice> languages = supportedLanguages();
    for (const LanguageChoice &language : languages)
        m_language->addItem(language.nativeName, language.code);
    m_language->setCurrentIndex(qMax(0, m_language->findData(Translators::current())));
    m_language->setToolTip(tr("The stage and KPI names the new plan starts with are written in "
                              "this language."));
    m_path->setObjectName(QStringLiteral("wizard.path"));
    const int nextYear = QDate::currentDate().year() + 1;
    m_year->setRange(2000, 2100);
    m_year->setValue(nextYear);
    m_defaultName = tr("Sales plan %1").arg(nextYear);
    m_name->setText(m_defaultName);
    m_currency->setEditable(true);
    m_currency->addItems({QStringLiteral("CNY"), QStringLiteral("USD"), QStringLiteral("EUR"),
                          QStringLiteral("HKD"), QStringLiteral("TWD"), QStringLiteral("JPY"),
                          QStringLiteral("GBP"), QStringLiteral("SGD")});
    m_path->setText(
        QDir(defaultFolder())
            .filePath(tr("Sales plan %1").arg(nextYear) + QStringLiteral(".salesplan")));
    auto *browse = new QPushButton(tr("Browse…"), this);
    connect(browse, &QPushButton::clicked, this, &IntroPage::browse);
    auto *pathRow = new QWidget(this);
    auto *pathLayout = new QHBoxLayout(pathRow);
    pathLayout->setContentsMargins(0, 0, 0, 0);
    pathLayout->addWidget(m_path, 1);
    pathLayout->addWidget(browse);
    auto *pathLabel = new QLabel(tr("&Save as:"), this);
    pathLabel->setBuddy(m_path);

    auto *form = new QFormLayout(this);
    form->addRow(tr("&Company:"), m_company);
    form->addRow(tr("Plan &name:"), m_name);
    form->addRow(tr("Plan &year:"), m_year);
    form->addRow(tr("C&urrency:"), m_currency);
    form->addRow(tr("Plan &language:"), m_language);
    form->addRow(pathLabel, pathRow);
    form->addRow(QString(), m_problem);
    for (QLineEdit *edit : {m_name, m_path})
        connect(edit, &QLineEdit::textChanged, this, &QWizardPage::completeChanged);
    connect(m_language, &QComboBox::currentIndexChanged, this, &IntroPage::nameInPlanLanguage);
    connect(m_year, &QSpinBox::valueChanged, this, &IntroPage::nameInPlanLanguage);
}

void IntroPage::nameInPlanLanguage()
{
    if (m_name->text() != m_defaultName)
        return; // the user's own name stays
    const ScopedLanguage planLanguage(m_language->currentData().toString());
    m_defaultName = tr("Sales plan %1").arg(m_year->value());
    m_name->setText(m_defaultName);
}

void IntroPage::browse()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Save the plan as"), m_path->text(),
                                                      tr("Sales plans (*.salesplan)"));
    if (!path.isEmpty())
        m_path->setText(path);
}

bool IntroPage::isComplete() const
{
    return !m_name->text().trimmed().isEmpty() && !m_path->text().trimmed().isEmpty();
}

bool IntroPage::validatePage()
{
    if (m_wizard->document())
        return true; // already created (Back, then Next again)
    QString path = m_path->text().trimmed();
    if (!path.endsWith(QStringLiteral(".salesplan"), Qt::CaseInsensitive))
        path += QStringLiteral(".salesplan");
    const QString currency = m_currency->currentText().trimmed().toUpper();
    if (!isCurrencyCode(currency)) {
        m_problem->setText(tr("The currency must be a three-letter code such as CNY or USD."));
        return false;
    }
    if (QFileInfo::exists(path)) {
        m_problem->setText(tr("%1 already exists. Choose another name.").arg(path));
        return false;
    }
    QString error;
    const NewPlanChoices choices{m_company->text().trimmed(), m_name->text().trimmed(),
                                 m_year->value(), currency, m_language->currentData().toString()};
    if (!m_wizard->createPlanFile(path, choices, &error)) {
        m_problem->setText(error);
        return false;
    }
    m_problem->clear();
    return true;
}

SectionPage::SectionPage(PlanWizard *wizard, Section section)
    : m_wizard(wizard)
    , m_section(section)
    , m_findings(new FindingLines(this))
{
    // No page title: the section's editor shows its own.
    setObjectName(QStringLiteral("sectionPage%1").arg(int(section) + 1));
    m_findings->setObjectName(QStringLiteral("sectionFindings"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_findings);
}

void SectionPage::initializePage()
{
    PlanDocument *document = m_wizard->document();
    if (m_editor || !document)
        return;
    SectionEditor *editor = createSectionEditor(m_section, document, this);
    m_editor = editor;
    static_cast<QVBoxLayout *>(layout())->insertWidget(0, editor, 1);
    connect(document, &PlanDocument::changed, this, [this] {
        showFindings();
        emit completeChanged();
    });
    showFindings();
    emit completeChanged();
}

void SectionPage::releaseEditor()
{
    delete m_editor;
    m_editor = nullptr;
}

bool SectionPage::isComplete() const
{
    PlanDocument *document = m_wizard->document();
    if (!document)
        return false;
    const QList<Finding> &findings = document->findings();
    return std::none_of(findings.begin(), findings.end(), [this](const Finding &finding) {
        return finding.section == m_section && finding.severity == Severity::Error;
    });
}

void SectionPage::showFindings()
{
    PlanDocument *document = m_wizard->document();
    if (!document)
        return;
    QList<FindingLine> lines;
    for (const Finding &finding : document->findings()) {
        if (finding.section != m_section || finding.severity == Severity::Hint)
            continue;
        lines.append(
            {finding.severity, (finding.severity == Severity::Error ? tr("To fix before Next: %1")
                                                                    : tr("Worth a look: %1"))
                                   .arg(finding.message)});
    }
    m_findings->setLines(lines);
}

SummaryPage::SummaryPage(PlanWizard *wizard)
    : m_wizard(wizard)
    , m_overview(new OverviewPage(this))
{
    setObjectName(QStringLiteral("summaryPage"));
    setTitle(tr("Summary"));
    setSubTitle(tr("The plan at a glance. Finish opens it in the main window, where every "
                   "section stays editable."));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_overview);
}

void SummaryPage::initializePage()
{
    if (PlanDocument *document = m_wizard->document())
        m_overview->showPlan(document->plan(), document->summary());
}

} // namespace salesplan::ui
