#include "sectioneditor.h"

#include "cells/tableparts.h"
#include "guidancepanel.h"
#include "plan/sectiontitle.h"
#include "plantablemodel.h"
#include "status/lockbanner.h"
#include "tableeditor.h"

#include <QLabel>
#include <QScrollArea>
#include <QTableView>
#include <QVBoxLayout>

namespace salesplan::ui {

namespace {

// The editor's scrolling area. Its size hint is fixed: the page fills whatever room the window
// gives it, and asking every table of every page for its contents' size on each layout pass
// costs tens of milliseconds on a 500-member plan.
class SectionScrollArea : public QScrollArea
{
public:
    using QScrollArea::QScrollArea;
    QSize sizeHint() const override { return {720, 480}; }
};

const char *const sectionKeys[] = {"mission", "targets", "team",   "segments",
                                   "stages",  "tools",   "metrics"};

} // namespace

SectionEditor::SectionEditor(PlanDocument *document, Section section, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
    , m_section(section)
{
    const QString key = QString::fromLatin1(sectionKeys[int(section)]);
    setObjectName(key + QStringLiteral("Editor"));

    auto *title = new QLabel(sectionTitle(section), this);
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.5);
    titleFont.setBold(true);
    title->setFont(titleFont);
    m_guidance = new GuidancePanel(key, this);
    m_guidance->hide();

    auto *body = new QWidget;
    m_content = new QVBoxLayout(body);
    m_content->setContentsMargins(0, 0, 8, 0);
    auto *scroll = new SectionScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(body);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(title);
    if (document)
        layout->addWidget(new LockBanner(document, section, this));
    layout->addWidget(m_guidance);
    layout->addWidget(scroll, 1);
}

void SectionEditor::setGuidance(const QString &html)
{
    m_guidance->setText(html);
    m_guidance->setVisible(!html.isEmpty());
}

bool SectionEditor::focusField(const QString &fieldKey)
{
    if (auto *field = findChild<QWidget *>(fieldKey)) {
        field->setFocus(Qt::OtherFocusReason);
        return true;
    }
    // "team.members.role": the table "team.members", at the column of that field.
    for (TableEditor *table : findChildren<TableEditor *>()) {
        const QString prefix = table->view()->objectName() + u'.';
        if (fieldKey.startsWith(prefix)) {
            const int column = table->model()->columnOf(QStringView(fieldKey).mid(prefix.size()));
            focusTableColumn(table->view(), qMax(0, column));
            return true;
        }
    }
    return false;
}

} // namespace salesplan::ui
