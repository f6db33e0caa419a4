#include "status/lockbanner.h"

#include "document/plandocument.h"
#include "plan/approval.h"

namespace salesplan::ui {

LockBanner::LockBanner(PlanDocument *document, Section section, QWidget *parent)
    : QLabel(parent)
    , m_document(document)
    , m_section(section)
{
    setObjectName(QStringLiteral("lockBanner"));
    setWordWrap(true);
    setMargin(6);
    setFrameShape(QFrame::StyledPanel);
    setStyleSheet(QStringLiteral("QLabel#lockBanner { background: #fff4d6; color: #5a4300; "
                                 "border: 1px solid #e0c36a; border-radius: 3px; }"));
    connect(document, &PlanDocument::changed, this, [this](PlanChanges changes) {
        if (changes.testFlag(PlanPart::Info))
            refresh();
    });
    refresh();
}

QString LockBanner::wordsFor(const PlanInfo &info, Section section)
{
    const QString approved = approvalLine(info);
    if (approved.isEmpty())
        return {};
    const std::optional<StatusChange> approval = currentApproval(info);
    if (section == Section::Targets)
        return tr("%1 — targets locked. Actuals and adjustments of the remaining months are "
                  "entered on the Review page; to change the targets, reopen the plan as a "
                  "draft (File ▸ Status).")
            .arg(approved);
    if (approval && approval->narrativeEditable &&
        (section == Section::Mission || section == Section::Team || section == Section::Metrics))
        return tr("%1 — this section is locked except its texts; to change the rest, reopen the "
                  "plan as a draft (File ▸ Status).")
            .arg(approved);
    return tr("%1 — this section is locked; to change it, reopen the plan as a draft (File ▸ "
              "Status).")
        .arg(approved);
}

void LockBanner::refresh()
{
    const QString words = wordsFor(m_document->plan().info, m_section);
    setText(words);
    setVisible(!words.isEmpty());
}

} // namespace salesplan::ui
