#pragma once

#include <QElapsedTimer>
#include <QPointer>
#include <QWidget>

class QLabel;
class QPlainTextEdit;
class QTimer;

namespace salesplan::ui {

class PlanDocument;
class PresentationWindow;
class SlidePreview;

// The presenter's screen while the audience's shows the slides: the current slide, the next one
// (smaller), the current slide's speaker notes, the time since the presentation began and
// "Slide 3 of 9". The audience's PresentationWindow owns the slide shown; this view turns it and
// follows it, so both always show the same slide. Right, Down, Page Down and Space go on; Left,
// Up, Page Up and Backspace go back (while the notes are not being typed in); Esc stops typing
// in the notes, or else closes both windows.
//
// The notes can be typed in here, while rehearsing: each edit is an undo step of the document's,
// saved with the plan. Without a document they are read-only.
class PresenterView : public QWidget
{
    Q_OBJECT
public:
    // `audience` and `document` (may be null) must outlive the view or close it first; closing
    // the audience closes the view.
    PresenterView(PresentationWindow *audience, PlanDocument *document, QWidget *parent = nullptr);
    ~PresenterView() override;

    int currentSlide() const;
    // The notes shown, of the current slide.
    QString notes() const;
    // The time since the view opened, "mm:ss" (or "h:mm:ss" after an hour).
    QString elapsedText() const;
    // "Slide 3 of 9".
    QString counterText() const;

    void nextSlide();
    void previousSlide();
    // Writes the view again in the current language.
    void refresh();

protected:
    void changeEvent(QEvent *event) override;
    void closeEvent(QCloseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;

private:
    void showSlide(int index);
    void showNotes();
    void writeNotes();
    void showElapsed();

    QPointer<PresentationWindow> m_audience;
    QPointer<PlanDocument> m_document;
    SlidePreview *m_current = nullptr;
    SlidePreview *m_next = nullptr;
    QLabel *m_nextLabel = nullptr;
    QLabel *m_notesLabel = nullptr;
    QLabel *m_elapsed = nullptr;
    QLabel *m_counter = nullptr;
    QPlainTextEdit *m_notes = nullptr;
    QTimer *m_clock = nullptr;
    QElapsedTimer m_since;
    bool m_showingNotes = false; // the notes are being set, not typed
};

// Formats a duration as "mm:ss", or "h:mm:ss" from an hour on.
QString clockText(qint64 milliseconds);

} // namespace salesplan::ui
