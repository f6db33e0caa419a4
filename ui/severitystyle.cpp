#include "severitystyle.h"

#include <QApplication>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPalette>
#include <QStyle>
#include <QVBoxLayout>

namespace salesplan::ui {

namespace {

bool isDark(const QPalette &palette)
{
    return palette.color(QPalette::Window).lightness() < 128;
}

// Keeps its parent widget's text in a severity's colour across palette changes.
class SeverityColorKeeper : public QObject
{
public:
    SeverityColorKeeper(QWidget *widget, Severity severity)
        : QObject(widget)
        , m_widget(widget)
        , m_severity(severity)
    {
        paint();
        widget->installEventFilter(this);
    }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (watched == m_widget && (event->type() == QEvent::ApplicationPaletteChange ||
                                    event->type() == QEvent::PaletteChange))
            paint();
        return false;
    }

private:
    void paint()
    {
        const QColor wanted = severityColor(m_severity, QApplication::palette());
        if (m_widget->palette().color(QPalette::WindowText) == wanted &&
            m_widget->palette().color(QPalette::Text) == wanted)
            return;
        // Only these two roles: a copy of the widget's palette would hold every role fast, and
        // the widget would no longer follow the application's palette.
        QPalette palette;
        palette.setColor(QPalette::WindowText, wanted);
        palette.setColor(QPalette::Text, wanted);
        m_widget->setPalette(palette);
    }

    QWidget *m_widget;
    Severity m_severity;
};

} // namespace

void showInSeverityColor(QWidget *widget, Severity severity)
{
    new SeverityColorKeeper(widget, severity);
}

QColor severityColor(Severity severity, const QPalette &palette)
{
    const bool dark = isDark(palette);
    switch (severity) {
    case Severity::Error:
        return dark ? QColor(0xFF, 0x8A, 0x80) : QColor(0xB0, 0x3A, 0x2E);
    case Severity::Warning:
        // Amber: 5:1 against white, 8:1 against a dark grey.
        return dark ? QColor(0xF5, 0xB9, 0x42) : QColor(0xA1, 0x5C, 0x00);
    case Severity::Hint:
        break;
    }
    return palette.color(QPalette::WindowText);
}

QIcon severityIcon(Severity severity, const QStyle *style)
{
    switch (severity) {
    case Severity::Error:
        return style->standardIcon(QStyle::SP_MessageBoxCritical);
    case Severity::Warning:
        return style->standardIcon(QStyle::SP_MessageBoxWarning);
    case Severity::Hint:
        break;
    }
    return style->standardIcon(QStyle::SP_MessageBoxInformation);
}

FindingLines::FindingLines(QWidget *parent)
    : QWidget(parent)
    , m_layout(new QVBoxLayout(this))
{
    m_layout->setContentsMargins(0, 0, 0, 0);
    m_layout->setSpacing(2);
    hide();
}

void FindingLines::setLines(const QList<FindingLine> &lines)
{
    m_lines = lines;
    while (QLayoutItem *item = m_layout->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    const int iconSize = fontMetrics().height();
    for (const FindingLine &line : lines) {
        auto *row = new QWidget(this);
        auto *rowLayout = new QHBoxLayout(row);
        rowLayout->setContentsMargins(0, 0, 0, 0);
        auto *icon = new QLabel(row);
        icon->setPixmap(severityIcon(line.severity, style()).pixmap(iconSize, iconSize));
        icon->setAlignment(Qt::AlignTop);
        auto *text = new QLabel(line.text, row);
        text->setWordWrap(true);
        text->setTextInteractionFlags(Qt::TextSelectableByMouse);
        showInSeverityColor(text, line.severity);
        rowLayout->addWidget(icon);
        rowLayout->addWidget(text, 1);
        m_layout->addWidget(row);
    }
    setVisible(!lines.isEmpty());
}

QString FindingLines::text() const
{
    QStringList texts;
    for (const FindingLine &line : m_lines)
        texts.append(line.text);
    return texts.join(u'\n');
}

} // namespace salesplan::ui
