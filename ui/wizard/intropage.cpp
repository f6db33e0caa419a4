#include "intropage.h"

#include "accessiblename.h"
#include "exchange/plantemplates.h"
#include "language/language.h"
#include "plan/money.h"
#include "planwizard.h"
#include "sections/targetsform.h"

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

QString defaultFolder()
{
    return QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
}

QString nativePath(const QString &path)
{
    return QDir::toNativeSeparators(path);
}

// A plan name as a file name any system takes: no path separators or characters Windows
// refuses, no leading or trailing spaces or trailing dots.
QString fileNameFor(const QString &planName)
{
    QString name;
    for (const QChar c : planName)
        name += c.category() == QChar::Other_Control || QStringLiteral("<>:\"/\\|?*").contains(c)
                    ? QChar(u'-')
                    : c;
    name = name.simplified();
    while (name.endsWith(u'.'))
        name.chop(1);
    return name.trimmed();
}

bool isDefaultFolder(const QString &folder)
{
    return QDir::cleanPath(folder) == QDir::cleanPath(defaultFolder());
}

} // namespace

IntroPage::IntroPage(PlanWizard *wizard)
    : m_wizard(wizard)
    , m_template(new QComboBox(this))
    , m_templateDescription(new QLabel(this))
    , m_company(new QLineEdit(this))
    , m_name(new QLineEdit(this))
    , m_year(new QSpinBox(this))
    , m_currency(new QComboBox(this))
    , m_language(new QComboBox(this))
    , m_path(new QLineEdit(this))
    , m_problem(problemLabel(QStringLiteral("wizard.problem"), this))
{
    setObjectName(QStringLiteral("introPage"));
    setTitle(tr("A new sales plan"));
    setSubTitle(tr("Name the plan and choose where to keep it. Every change is saved as you go."));
    m_template->setObjectName(QStringLiteral("wizard.template"));
    m_templateDescription->setObjectName(QStringLiteral("wizard.templateDescription"));
    m_templateDescription->setWordWrap(true);
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
    const int nextYear = QDate::currentDate().year() + 1;
    m_year->setRange(2000, 2100);
    m_year->setValue(nextYear);
    m_defaultName = tr("Sales plan %1").arg(nextYear);
    m_name->setText(m_defaultName);
    m_currency->setEditable(true);
    m_currency->addItems({QStringLiteral("CNY"), QStringLiteral("USD"), QStringLiteral("EUR"),
                          QStringLiteral("HKD"), QStringLiteral("TWD"), QStringLiteral("JPY"),
                          QStringLiteral("GBP"), QStringLiteral("SGD")});
    fillTemplates();
    layOut(makePathRow());
    pathFromName();

    connect(m_name, &QLineEdit::textChanged, this, &IntroPage::pathFromName);
    connect(m_path, &QLineEdit::textEdited, this, [this] { m_pathEdited = true; });
    for (QLineEdit *edit : {m_name, m_path}) {
        connect(edit, &QLineEdit::textChanged, this, &QWizardPage::completeChanged);
        connect(edit, &QLineEdit::textChanged, this, &IntroPage::recheckProblem);
    }
    connect(m_currency, &QComboBox::currentTextChanged, this, &IntroPage::recheckProblem);
    connect(m_language, &QComboBox::currentIndexChanged, this, &IntroPage::fillTemplates);
    connect(m_language, &QComboBox::currentIndexChanged, this, &IntroPage::nameInPlanLanguage);
    connect(m_year, &QSpinBox::valueChanged, this, &IntroPage::nameInPlanLanguage);
    connect(m_template, &QComboBox::currentIndexChanged, this, &IntroPage::followTemplate);
}

void IntroPage::fillTemplates()
{
    const QSignalBlocker blocker(m_template);
    const QString chosen = m_template->currentData().toString();
    m_template->clear();
    m_template->addItem(tr("Blank plan"), QString());
    for (const PlanTemplate &plan : planTemplates(m_language->currentData().toString()))
        m_template->addItem(plan.name, plan.key);
    m_template->setCurrentIndex(qMax(0, m_template->findData(chosen)));
    followTemplate();
}

void IntroPage::followTemplate()
{
    const QString key = m_template->currentData().toString();
    const Result<Plan> plan =
        planFromTemplate(key, m_language->currentData().toString(), m_year->value());
    const bool fromTemplate = !key.isEmpty() && plan.ok();
    QString description = tr("Your own stages, KPIs and figures, starting from empty sections.");
    for (const PlanTemplate &known : planTemplates(m_language->currentData().toString()))
        if (known.key == key)
            description = known.description;
    m_templateDescription->setText(description);
    m_company->setPlaceholderText(fromTemplate ? plan->info.company : QString());
    m_currency->setEnabled(!fromTemplate);
    m_currency->setToolTip(fromTemplate ? tr("The template's amounts are in %1; change the "
                                             "currency later in Targets.")
                                              .arg(plan->info.currency)
                                        : QString());
    if (fromTemplate)
        m_currency->setCurrentText(plan->info.currency);
    nameInPlanLanguage();
}

QWidget *IntroPage::makePathRow()
{
    m_path->setObjectName(QStringLiteral("wizard.path"));
    auto *browse = new QPushButton(tr("Browse…"), this);
    connect(browse, &QPushButton::clicked, this, &IntroPage::browse);
    auto *pathRow = new QWidget(this);
    auto *pathLayout = new QHBoxLayout(pathRow);
    pathLayout->setContentsMargins(0, 0, 0, 0);
    pathLayout->addWidget(m_path, 1);
    pathLayout->addWidget(browse);
    return pathRow;
}

void IntroPage::layOut(QWidget *pathRow)
{
    auto *pathLabel = new QLabel(tr("&Save as:"), this);
    labelField(pathLabel, m_path);
    auto *form = new QFormLayout(this);
    auto *start = new QWidget(this);
    auto *startLayout = new QVBoxLayout(start);
    startLayout->setContentsMargins(0, 0, 0, 0);
    startLayout->addWidget(m_template);
    startLayout->addWidget(m_templateDescription);
    auto *startLabel = new QLabel(tr("Start &from:"), this);
    startLabel->setBuddy(m_template);
    form->addRow(startLabel, start);
    form->addRow(tr("&Company:"), m_company);
    form->addRow(tr("Pl&an name:"), m_name);
    form->addRow(tr("Plan &year:"), m_year);
    form->addRow(tr("C&urrency:"), m_currency);
    form->addRow(tr("Plan &language:"), m_language);
    form->addRow(pathLabel, pathRow);
    form->addRow(QString(), m_problem);
}

void IntroPage::nameInPlanLanguage()
{
    if (m_name->text() != m_defaultName)
        return; // the user's own name stays
    const QString key = m_template->currentData().toString();
    const Result<Plan> plan =
        planFromTemplate(key, m_language->currentData().toString(), m_year->value());
    const ScopedLanguage planLanguage(m_language->currentData().toString());
    m_defaultName =
        !key.isEmpty() && plan ? plan->info.name : tr("Sales plan %1").arg(m_year->value());
    m_name->setText(m_defaultName);
}

void IntroPage::pathFromName()
{
    const QString name = fileNameFor(m_name->text());
    if (m_pathEdited || name.isEmpty())
        return;
    const QString folder =
        m_path->text().isEmpty() ? defaultFolder() : QFileInfo(m_path->text()).path();
    m_path->setText(QDir(folder).filePath(name + QStringLiteral(".salesplan")));
}

void IntroPage::browse()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Save the plan as"), m_path->text(),
                                                      tr("Sales plans (*.salesplan)"));
    if (path.isEmpty())
        return;
    m_pathEdited = true;
    m_path->setText(path);
}

bool IntroPage::isComplete() const
{
    return !m_name->text().trimmed().isEmpty() && !m_path->text().trimmed().isEmpty();
}

QString IntroPage::planPath() const
{
    QString path = m_path->text().trimmed();
    if (!path.endsWith(QStringLiteral(".salesplan"), Qt::CaseInsensitive))
        path += QStringLiteral(".salesplan");
    return path;
}

QString IntroPage::problemWith(const QString &path) const
{
    if (!isCurrencyCode(m_currency->currentText().trimmed().toUpper()))
        return tr("The currency must be a three-letter code such as CNY or USD.");
    if (QFileInfo::exists(path))
        return tr("%1 already exists. Choose another name.").arg(nativePath(path));
    const QFileInfo folder(QFileInfo(path).absolutePath());
    if (!folder.exists()) {
        if (isDefaultFolder(folder.filePath()))
            return {}; // made on Next
        return tr("There is no folder %1. Choose one with Browse….")
            .arg(nativePath(folder.filePath()));
    }
    if (!folder.isDir())
        return tr("%1 is a file, not a folder. Choose a folder with Browse….")
            .arg(nativePath(folder.filePath()));
    if (!folder.isWritable())
        return tr("The folder %1 is read-only. Choose another with Browse….")
            .arg(nativePath(folder.filePath()));
    return {};
}

void IntroPage::recheckProblem()
{
    if (!m_problem->text().isEmpty())
        showProblem(m_problem, problemWith(planPath()));
}

void IntroPage::freezeChoices()
{
    const QString why = tr("The plan's file is made: change this in the plan's sections.");
    for (QWidget *choice :
         std::initializer_list<QWidget *>{m_template, m_company, m_name, m_year, m_currency,
                                          m_language, m_path->parentWidget()}) {
        choice->setEnabled(false);
        choice->setToolTip(why);
    }
}

bool IntroPage::validatePage()
{
    if (m_wizard->document())
        return true; // already created (Back, then Next again)
    const QString path = planPath();
    QString problem = problemWith(path);
    const QString folder = QFileInfo(path).absolutePath();
    if (problem.isEmpty() && !QDir().mkpath(folder))
        problem = tr("The folder %1 cannot be made.").arg(nativePath(folder));
    const NewPlanChoices choices{m_company->text().trimmed(),
                                 m_name->text().trimmed(),
                                 m_year->value(),
                                 m_currency->currentText().trimmed().toUpper(),
                                 m_language->currentData().toString(),
                                 m_template->currentData().toString()};
    if (problem.isEmpty())
        m_wizard->createPlanFile(path, choices, &problem);
    showProblem(m_problem, problem);
    if (problem.isEmpty())
        freezeChoices();
    return problem.isEmpty();
}

} // namespace salesplan::ui
