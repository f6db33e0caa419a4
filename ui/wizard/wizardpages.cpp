#include "wizardpages.h"

#include "check/findings.h"
#include "document/plandocument.h"
#include "overviewpage.h"
#include "planwizard.h"
#include "sections/sectioneditor.h"
#include "sections/sectioneditors.h"
#include "severitystyle.h"

#include <QLabel>
#include <QVBoxLayout>

namespace salesplan::ui {

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
