#include "guidancepanel.h"

#include <QLabel>
#include <QSettings>
#include <QToolButton>
#include <QVBoxLayout>

namespace salesplan::ui {

GuidancePanel::GuidancePanel(const QString &settingsKey, QWidget *parent)
    : QWidget(parent)
    , m_settingsKey(QStringLiteral("guidance/") + settingsKey)
    , m_toggle(new QToolButton(this))
    , m_text(new QLabel(this))
{
    setObjectName(QStringLiteral("guidance"));
    m_toggle->setText(tr("How to write this section"));
    m_toggle->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_toggle->setCheckable(true);
    m_toggle->setAutoRaise(true);
    m_toggle->setAccessibleName(tr("Show or hide the advice for this section"));
    m_text->setWordWrap(true);
    m_text->setTextFormat(Qt::RichText);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_text->setContentsMargins(24, 0, 8, 8);
    m_text->setAccessibleName(tr("Advice"));

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(m_toggle, 0, Qt::AlignLeft);
    layout->addWidget(m_text);

    connect(m_toggle, &QToolButton::toggled, this, [this](bool expanded) {
        m_text->setVisible(expanded);
        m_toggle->setArrowType(expanded ? Qt::DownArrow : Qt::RightArrow);
        QSettings().setValue(m_settingsKey, expanded);
    });
    const bool expanded = QSettings().value(m_settingsKey, true).toBool();
    m_toggle->setChecked(expanded);
    m_text->setVisible(expanded);
    m_toggle->setArrowType(expanded ? Qt::DownArrow : Qt::RightArrow);
}

void GuidancePanel::setText(const QString &html)
{
    m_text->setText(html);
}

bool GuidancePanel::isExpanded() const
{
    return m_toggle->isChecked();
}

void GuidancePanel::setExpanded(bool expanded)
{
    m_toggle->setChecked(expanded);
}

} // namespace salesplan::ui
