#include "charts/presenterview.h"

#include "charts/deckslides.h"
#include "charts/presentationwindow.h"
#include "document/plandocument.h"

#include <QCloseEvent>
#include <QGridLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QPainter>
#include <QPixmap>
#include <QPlainTextEdit>
#include <QTimer>
#include <QVBoxLayout>

namespace salesplan::ui {

namespace {

// Non-zero and apart from the field editors' keys: the typing of one slide's notes in a row is
// one undo step.
int notesMergeKey(const QString &slideKey)
{
    return int(qHash(QStringLiteral("speakerNotes/") + slideKey) & 0x3fffffff) + 1;
}

QLabel *makeLabel(QWidget *parent, const QString &objectName, qreal pixels, bool bold = false)
{
    auto *label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setTextFormat(Qt::PlainText);
    label->setFont(pixelFont(parent->font(), pixels, bold));
    return label;
}

} // namespace

// One slide of the audience's deck, drawn as the deck PDF draws it, kept 16:9 within the widget;
// past the last slide, "End of the deck".
class SlidePreview : public QWidget
{
public:
    SlidePreview(const PresentationWindow *deck, const QString &objectName, QWidget *parent)
        : QWidget(parent)
        , m_deck(deck)
    {
        setObjectName(objectName);
        setMinimumSize(160, 90);
        setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
    }

    int slide() const { return m_slide; }
    void setSlide(int index)
    {
        m_slide = index;
        m_image = QPixmap();
        update();
    }
    // Draws the slide again (the language changed).
    void redraw() { setSlide(m_slide); }

protected:
    void paintEvent(QPaintEvent *) override
    {
        QPainter painter(this);
        const QRect area = slideArea();
        if (m_image.size() != area.size() * devicePixelRatioF())
            m_image = render(area.size());
        painter.drawPixmap(area, m_image);
    }

private:
    QRect slideArea() const
    {
        QSize size(width(), width() * 9 / 16);
        if (size.height() > height())
            size = QSize(height() * 16 / 9, height());
        return QRect(QPoint((width() - size.width()) / 2, (height() - size.height()) / 2), size);
    }

    QPixmap render(const QSize &size) const
    {
        QPixmap image(size * devicePixelRatioF());
        image.setDevicePixelRatio(devicePixelRatioF());
        const ChartTheme &theme = m_deck->theme();
        image.fill(theme.background);
        QPainter painter(&image);
        painter.setRenderHint(QPainter::Antialiasing);
        const QRectF rect(QPointF(0, 0), QSizeF(size));
        if (m_slide < m_deck->slideCount()) {
            paintDeckSlide(&painter, rect, m_slide, m_deck->slides(), m_deck->plan(),
                           m_deck->summary(), theme, font());
        } else {
            painter.setPen(mutedColour(theme));
            painter.setFont(pixelFont(font(), rect.height() * 0.08));
            painter.drawText(rect, Qt::AlignCenter | Qt::TextWordWrap,
                             PresenterView::tr("End of the deck"));
        }
        painter.setPen(QPen(mutedColour(theme), 1));
        painter.drawRect(rect.adjusted(0, 0, -1, -1));
        return image;
    }

    const PresentationWindow *m_deck;
    int m_slide = 0;
    QPixmap m_image;
};

QString clockText(qint64 milliseconds)
{
    const qint64 seconds = qMax<qint64>(0, milliseconds / 1000);
    const qint64 hours = seconds / 3600;
    const QString minutesAndSeconds = QStringLiteral("%1:%2")
                                          .arg((seconds / 60) % 60, 2, 10, QLatin1Char('0'))
                                          .arg(seconds % 60, 2, 10, QLatin1Char('0'));
    return hours > 0 ? QStringLiteral("%1:%2").arg(hours).arg(minutesAndSeconds)
                     : minutesAndSeconds;
}

PresenterView::PresenterView(PresentationWindow *audience, PlanDocument *document, QWidget *parent)
    : QWidget(parent, Qt::Window)
    , m_audience(audience)
    , m_document(document)
{
    setObjectName(QStringLiteral("presenterView"));
    setFocusPolicy(Qt::StrongFocus);
    const qreal text = 20;
    m_current = new SlidePreview(audience, QStringLiteral("currentSlidePreview"), this);
    m_next = new SlidePreview(audience, QStringLiteral("nextSlidePreview"), this);
    m_nextLabel = makeLabel(this, QStringLiteral("nextLabel"), text);
    m_notesLabel = makeLabel(this, QStringLiteral("notesLabel"), text);
    m_elapsed = makeLabel(this, QStringLiteral("elapsedTime"), text * 2.4, true);
    m_counter = makeLabel(this, QStringLiteral("presenterCounter"), text * 1.4);
    m_notes = new QPlainTextEdit(this);
    m_notes->setObjectName(QStringLiteral("speakerNotes"));
    m_notes->setFont(pixelFont(font(), text * 1.3));
    m_notes->setFocusPolicy(Qt::ClickFocus); // the keys turn slides until the notes are clicked
    m_notes->setReadOnly(!document || document->isReadOnly());
    connect(m_notes, &QPlainTextEdit::textChanged, this, &PresenterView::writeNotes);
    if (document) {
        connect(document, &PlanDocument::changed, this, [this](PlanChanges changes) {
            if (changes.testFlag(PlanPart::Deck))
                showNotes();
        });
    }

    auto *side = new QVBoxLayout;
    side->addWidget(m_nextLabel);
    side->addWidget(m_next, 1);
    side->addSpacing(16);
    side->addWidget(m_elapsed);
    side->addWidget(m_counter);
    side->addStretch();
    auto *layout = new QGridLayout(this);
    layout->setContentsMargins(24, 24, 24, 24);
    layout->setHorizontalSpacing(24);
    layout->addWidget(m_current, 0, 0);
    layout->addLayout(side, 0, 1);
    layout->addWidget(m_notesLabel, 1, 0, 1, 2);
    layout->addWidget(m_notes, 2, 0, 1, 2);
    layout->setColumnStretch(0, 3);
    layout->setColumnStretch(1, 2);
    layout->setRowStretch(0, 3);
    layout->setRowStretch(2, 2);

    m_clock = new QTimer(this);
    m_clock->setInterval(1000);
    connect(m_clock, &QTimer::timeout, this, &PresenterView::showElapsed);
    m_since.start();
    m_clock->start();

    connect(audience, &PresentationWindow::slideShown, this, &PresenterView::showSlide);
    connect(audience, &PresentationWindow::closed, this, &QWidget::close);
    refresh();
}

PresenterView::~PresenterView() = default;

int PresenterView::currentSlide() const
{
    return m_current->slide();
}

QString PresenterView::notes() const
{
    return m_notes->toPlainText();
}

QString PresenterView::elapsedText() const
{
    return m_elapsed->text();
}

QString PresenterView::counterText() const
{
    return m_counter->text();
}

void PresenterView::nextSlide()
{
    if (m_audience)
        m_audience->nextSlide();
}

void PresenterView::previousSlide()
{
    if (m_audience)
        m_audience->previousSlide();
}

void PresenterView::refresh()
{
    if (!m_audience)
        return;
    setWindowTitle(tr("%1 — presenter view").arg(m_audience->plan().info.name));
    m_nextLabel->setText(tr("Next"));
    m_notesLabel->setText(tr("Speaker notes"));
    m_notes->setPlaceholderText(m_notes->isReadOnly()
                                    ? tr("No notes for this slide.")
                                    : tr("No notes for this slide: click here to write some."));
    m_current->redraw();
    m_next->redraw();
    showSlide(m_audience->currentSlide());
    showElapsed();
}

void PresenterView::showSlide(int index)
{
    if (!m_audience)
        return;
    m_current->setSlide(index);
    m_next->setSlide(index + 1);
    //: The presenter view: which slide the audience sees.
    m_counter->setText(tr("Slide %1 of %2").arg(index + 1).arg(m_audience->slideCount()));
    showNotes();
}

void PresenterView::showNotes()
{
    if (!m_audience)
        return;
    const Plan &plan = m_document ? m_document->plan() : m_audience->plan();
    const QString notes = plan.speakerNotes.value(m_audience->slideKey(currentSlide()));
    if (m_notes->toPlainText() == notes)
        return;
    m_showingNotes = true;
    m_notes->setPlainText(notes);
    m_showingNotes = false;
}

void PresenterView::writeNotes()
{
    if (m_showingNotes || !m_document || !m_audience || m_notes->isReadOnly())
        return;
    const QString key = m_audience->slideKey(currentSlide());
    const QString text = m_notes->toPlainText();
    if (m_document->plan().speakerNotes.value(key) == text)
        return;
    m_document->edit(
        tr("Edit speaker notes"),
        [&](Plan &plan) {
            if (text.isEmpty())
                plan.speakerNotes.remove(key);
            else
                plan.speakerNotes.insert(key, text);
        },
        notesMergeKey(key));
}

void PresenterView::showElapsed()
{
    m_elapsed->setText(clockText(m_since.elapsed()));
}

void PresenterView::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::LanguageChange)
        refresh();
}

void PresenterView::closeEvent(QCloseEvent *event)
{
    QWidget::closeEvent(event);
    m_clock->stop();
    if (m_audience && m_audience->isVisible())
        m_audience->close();
}

void PresenterView::keyPressEvent(QKeyEvent *event)
{
    switch (slideKeyOf(event->key())) {
    case SlideKey::Next:
        nextSlide();
        break;
    case SlideKey::Previous:
        previousSlide();
        break;
    case SlideKey::First:
        if (m_audience)
            m_audience->showSlide(0);
        break;
    case SlideKey::Last:
        if (m_audience)
            m_audience->showSlide(m_audience->slideCount() - 1);
        break;
    case SlideKey::Leave:
        // Typing in the notes, Esc stops typing; else it ends the presentation.
        if (m_notes->hasFocus())
            setFocus();
        else
            close();
        break;
    case SlideKey::None:
        QWidget::keyPressEvent(event);
        return;
    }
    event->accept();
}

} // namespace salesplan::ui
