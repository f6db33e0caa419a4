#include "planwizard.h"

#include "calc/holidays.h"
#include "document/plandocument.h"
#include "exchange/plantemplates.h"
#include "intropage.h"
#include "language/language.h"
#include "plan/sectiontitle.h"
#include "store/planfile.h"
#include "wizardpages.h"

#include <QFile>
#include <QKeyEvent>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>

namespace salesplan::ui {

namespace {

const QString draftKey = QStringLiteral("wizard/draft");
const QString draftPageKey = QStringLiteral("wizard/draftPage");
constexpr int introId = 0;
constexpr int summaryId = sectionCount + 1;

} // namespace

PlanWizard::PlanWizard(QWidget *parent)
    : QWizard(parent)
{
    addPages();
}

PlanWizard::PlanWizard(const QString &draftPath, int pageId, QWidget *parent)
    : QWizard(parent)
{
    addPages();
    if (openDocument(draftPath)) {
        setStartId(qBound(1, pageId, summaryId));
        m_filePath = draftPath;
    }
}

PlanWizard::~PlanWizard()
{
    // Pages hold editors that read the document: they go before it.
    const QList<int> ids = pageIds();
    for (int id : ids) {
        QWizardPage *p = page(id);
        removePage(id);
        delete p;
    }
}

void PlanWizard::addPages()
{
    setObjectName(QStringLiteral("planWizard"));
    setWindowTitle(tr("New sales plan"));
    setWizardStyle(QWizard::ClassicStyle);
    setOption(QWizard::NoBackButtonOnStartPage);
    setOption(QWizard::HaveFinishButtonOnEarlyPages, false);
    // Enter belongs to the fields: see keyPressEvent.
    setOption(QWizard::NoDefaultButton);
    setPage(introId, new IntroPage(this));
    for (int s = 0; s < sectionCount; ++s)
        setPage(s + 1, new SectionPage(this, Section(s)));
    setPage(summaryId, new SummaryPage(this));
    buildSideList();
    resize(1180, 780);
    for (WizardButton which : {BackButton, NextButton, CommitButton, FinishButton, CancelButton})
        button(which); // made now, so that noDefaultButton() reaches them
    noDefaultButton();
    // Each page's editor is made when the page is first shown, just before this signal.
    connect(this, &QWizard::currentIdChanged, this, &PlanWizard::noDefaultButton);
}

void PlanWizard::noDefaultButton()
{
    // In a dialog, the first push button, or the last one focused, becomes the button Enter
    // presses and is drawn so; here no button may claim an Enter meant for a field.
    const QList<QPushButton *> buttons = findChildren<QPushButton *>();
    for (QPushButton *pushButton : buttons) {
        pushButton->setAutoDefault(false);
        pushButton->setDefault(false);
        pushButton->installEventFilter(this); // a focused button still takes its Enter
    }
}

bool PlanWizard::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent *>(event)->key();
        auto *pushButton = qobject_cast<QPushButton *>(watched);
        if (pushButton && (key == Qt::Key_Return || key == Qt::Key_Enter)) {
            if (pushButton->isEnabled())
                pushButton->click();
            return true;
        }
    }
    return QWizard::eventFilter(watched, event);
}

void PlanWizard::buildSideList()
{
    m_sideList = new QListWidget(this);
    m_sideList->setObjectName(QStringLiteral("wizardSteps"));
    m_sideList->setAccessibleName(tr("Steps of the wizard"));
    m_sideList->addItem(tr("Start"));
    for (int s = 0; s < sectionCount; ++s)
        m_sideList->addItem(sectionTitle(Section(s)));
    m_sideList->addItem(tr("Summary"));
    m_sideList->setFixedWidth(190);
    setSideWidget(m_sideList);
    connect(this, &QWizard::currentIdChanged, this, [this](int id) {
        const QSignalBlocker blocker(m_sideList);
        m_sideList->setCurrentRow(id);
    });
    connect(m_sideList, &QListWidget::currentRowChanged, this, &PlanWizard::goToPage);
}

void PlanWizard::goToPage(int pageId)
{
    if (!m_document && pageId > introId) {
        m_sideList->setCurrentRow(currentId());
        return; // the plan file comes first
    }
    // QWizard moves one page at a time; Next stops where a page has errors.
    while (currentId() < pageId && currentPage()->isComplete()) {
        const int before = currentId();
        next();
        if (currentId() == before)
            break;
    }
    while (currentId() > pageId)
        back();
    const QSignalBlocker blocker(m_sideList);
    m_sideList->setCurrentRow(currentId());
}

bool PlanWizard::openDocument(const QString &path)
{
    auto opened = PlanFile::open(path);
    if (!opened) {
        QMessageBox::warning(this, tr("Cannot open the draft"), opened.error().message());
        return false;
    }
    m_document = std::make_unique<PlanDocument>(std::move(opened.value()));
    emit documentReady();
    return true;
}

bool PlanWizard::createPlanFile(const QString &path, const NewPlanChoices &choices, QString *error)
{
    if (!choices.templateKey.isEmpty())
        return createFromTemplate(path, choices, error);
    Plan plan = [&choices] {
        const ScopedLanguage planLanguage(choices.language);
        return makeDefaultPlan();
    }();
    plan.info.language =
        isSupportedLanguage(choices.language) ? choices.language : Translators::current();
    plan.info.company = choices.company;
    plan.info.name = choices.name;
    plan.info.period.year = choices.year;
    const QString &currency = choices.currency;
    plan.info.currency = currency;
    plan.targets.funnel.calendar = defaultHolidayCalendar(currency, plan.info.language);
    for (Money *money :
         {&plan.targets.annualTarget, &plan.targets.lastYearActual,
          &plan.targets.funnel.averageDealSize, &plan.targets.funnel.costPerLead,
          &plan.targets.marketingBudget, &plan.team.budgetLimit, &plan.mission.marketSize})
        money->currency = currency;
    return createFile(path, plan, error);
}

bool PlanWizard::createFromTemplate(const QString &path, const NewPlanChoices &choices,
                                    QString *error)
{
    Result<Plan> made = planFromTemplate(choices.templateKey, choices.language, choices.year);
    if (!made) {
        *error = made.error().message();
        return false;
    }
    Plan plan = std::move(made).value();
    if (!choices.company.isEmpty())
        plan.info.company = choices.company;
    plan.info.name = choices.name;
    return createFile(path, plan, error);
}

bool PlanWizard::createFile(const QString &path, const Plan &plan, QString *error)
{
    auto created = PlanFile::create(path, plan);
    if (!created) {
        *error = created.error().message();
        return false;
    }
    m_document = std::make_unique<PlanDocument>(std::move(created.value()));
    m_filePath = path;
    emit documentReady();
    return true;
}

QString PlanWizard::keptDraft()
{
    const QString path = QSettings().value(draftKey).toString();
    return QFile::exists(path) ? path : QString();
}

int PlanWizard::keptDraftPage()
{
    return QSettings().value(draftPageKey, 1).toInt();
}

void PlanWizard::keepDraft(bool keep)
{
    QSettings settings;
    if (keep) {
        settings.setValue(draftKey, m_filePath);
        settings.setValue(draftPageKey, currentId());
    } else {
        settings.remove(draftKey);
        settings.remove(draftPageKey);
    }
}

void PlanWizard::keyPressEvent(QKeyEvent *event)
{
    // An Enter that reaches the wizard was left by a field or cell that has just committed it.
    // QDialog would press the default button: a wizard full of fields would jump a page or
    // finish under the user's typing.
    if (event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter) {
        event->accept();
        return;
    }
    QWizard::keyPressEvent(event);
}

void PlanWizard::done(int result)
{
    if (result == QDialog::Accepted) {
        keepDraft(false);
    } else if (m_document) {
        const auto answer = QMessageBox::question(
            this, tr("Keep the draft?"),
            tr("Keep the plan written so far? You can continue it later from File ▸ New Plan."),
            QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save);
        if (answer == QMessageBox::Cancel)
            return;
        keepDraft(answer == QMessageBox::Save);
        if (answer == QMessageBox::Discard) {
            m_document.reset();
            QFile::remove(m_filePath);
            m_filePath.clear();
        }
    }
    // The main window opens the file next: let go of it (and of its lock) now.
    const QList<int> ids = pageIds();
    for (int id : ids) {
        if (auto *section = qobject_cast<SectionPage *>(page(id)))
            section->releaseEditor();
    }
    m_document.reset();
    QWizard::done(result);
}

} // namespace salesplan::ui
