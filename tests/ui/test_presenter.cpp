// The presenter view: it turns the audience's slides and follows them, shows the current
// slide's speaker notes (which the audience never sees), keeps the time, and writes notes typed
// into it to the plan as undo steps.
#include "uitestsupport.h"

#include "charts/deckslides.h"
#include "charts/presentationwindow.h"
#include "charts/presenterview.h"
#include "document/plandocument.h"
#include "store/planfile.h"

#include <QApplication>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPointer>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

#include <memory>

using namespace salesplan;
using namespace salesplan::ui;

namespace {

Plan planWithNotes()
{
    Plan plan = uitest::sample("sample-zh_CN.json");
    plan.speakerNotes = {{QStringLiteral("title"), QStringLiteral("先感谢团队")},
                         {QStringLiteral("headline"), QStringLiteral("目标增长，说明原因")}};
    return plan;
}

std::unique_ptr<PlanDocument> newDocument(const QString &path, const Plan &plan)
{
    REQUIRE(PlanFile::create(path, plan));
    auto file = PlanFile::open(path);
    REQUIRE(file);
    return std::make_unique<PlanDocument>(std::move(file.value()));
}

// Every text the audience's window shows.
QStringList shownTexts(const QWidget &window)
{
    QStringList texts;
    const QList<QLabel *> labels = window.findChildren<QLabel *>();
    for (const QLabel *label : labels)
        texts.append(label->text());
    return texts;
}

} // namespace

TEST_CASE("The presenter view and the audience's slides turn together", "[presenter]")
{
    const Plan plan = planWithNotes();
    PresentationWindow audience(plan, false);
    PresenterView presenter(&audience, nullptr);
    REQUIRE(audience.slideCount() > 3);
    CHECK(presenter.currentSlide() == 0);
    CHECK(presenter.counterText() == QStringLiteral("Slide 1 of %1").arg(audience.slideCount()));

    QTest::keyClick(&presenter, Qt::Key_Right);
    CHECK(audience.currentSlide() == 1);
    CHECK(presenter.currentSlide() == 1);
    QTest::keyClick(&presenter, Qt::Key_Space);
    QTest::keyClick(&presenter, Qt::Key_PageDown);
    CHECK(audience.currentSlide() == 3);
    QTest::keyClick(&presenter, Qt::Key_PageUp);
    QTest::keyClick(&presenter, Qt::Key_Left);
    CHECK(audience.currentSlide() == 1);
    CHECK(presenter.currentSlide() == 1);
    // Turned on the audience's screen (a clicker there), the presenter view follows.
    QTest::keyClick(&audience, Qt::Key_Right);
    CHECK(presenter.currentSlide() == 2);
    // The next slide is the one after; past the last one, the end of the deck.
    const auto *next = presenter.findChild<QWidget *>(QStringLiteral("nextSlidePreview"));
    REQUIRE(next);
    QTest::keyClick(&presenter, Qt::Key_End);
    CHECK(audience.currentSlide() == audience.slideCount() - 1);
    QTest::keyClick(&presenter, Qt::Key_Right);
    CHECK(audience.currentSlide() == audience.slideCount() - 1);
}

TEST_CASE("The presenter sees the current slide's notes, the audience never does", "[presenter]")
{
    const Plan plan = planWithNotes();
    PresentationWindow audience(plan, false);
    PresenterView presenter(&audience, nullptr);
    CHECK(presenter.notes() == QStringLiteral("先感谢团队"));
    presenter.nextSlide();
    CHECK(presenter.notes() == QStringLiteral("目标增长，说明原因"));
    presenter.nextSlide();
    CHECK(presenter.notes().isEmpty()); // the first chart has none
    for (int slide = 0; slide < audience.slideCount(); ++slide) {
        audience.showSlide(slide);
        for (const QString &notes : plan.speakerNotes) {
            for (const QString &text : shownTexts(audience))
                CHECK_FALSE(text.contains(notes));
        }
    }
    CHECK(audience.findChildren<QPlainTextEdit *>().isEmpty());
    // Without a document the notes are read, not written.
    const auto *notes = presenter.findChild<QPlainTextEdit *>(QStringLiteral("speakerNotes"));
    REQUIRE(notes);
    CHECK(notes->isReadOnly());
}

TEST_CASE("Notes typed in the presenter view are one undo step a slide, saved with the plan",
          "[presenter]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("notes.salesplan"));
    auto document = newDocument(path, planWithNotes());
    PresentationWindow audience(document->plan(), document->summary(), false);
    PresenterView presenter(&audience, document.get());
    auto *notes = presenter.findChild<QPlainTextEdit *>(QStringLiteral("speakerNotes"));
    REQUIRE(notes);
    CHECK_FALSE(notes->isReadOnly());

    presenter.nextSlide();
    presenter.nextSlide(); // the first chart, without notes
    const QString key = audience.slideKey(2);
    notes->setFocus();
    QTest::keyClicks(notes, QStringLiteral("Q4"));
    CHECK(document->plan().speakerNotes.value(key) == QStringLiteral("Q4"));
    CHECK(document->undoStack()->count() == 1); // the typing merged into one step
    {
        auto file = PlanFile::open(path, PlanFile::Access::ReadOnly);
        REQUIRE(file);
        CHECK((*file)->plan().speakerNotes.value(key) == QStringLiteral("Q4"));
    }

    document->undoStack()->undo();
    CHECK_FALSE(document->plan().speakerNotes.contains(key));
    CHECK(presenter.notes().isEmpty());
    document->undoStack()->redo();
    CHECK(presenter.notes() == QStringLiteral("Q4"));
    // Another slide's notes are another step; the title's notes stay as they were.
    presenter.previousSlide();
    CHECK(presenter.notes() == QStringLiteral("目标增长，说明原因"));
    notes->selectAll();
    QTest::keyClick(notes, Qt::Key_Delete);
    CHECK_FALSE(document->plan().speakerNotes.contains(QStringLiteral("headline")));
    CHECK(document->undoStack()->count() == 2);
    CHECK(document->plan().speakerNotes.value(QStringLiteral("title")) ==
          QStringLiteral("先感谢团队"));
    // Esc in the notes stops typing and leaves the presentation on; the keys turn slides again.
    presenter.show();
    presenter.activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(&presenter));
    notes->setFocus();
    REQUIRE(notes->hasFocus());
    QTest::keyClick(notes, Qt::Key_Escape);
    CHECK(presenter.isVisible());
    CHECK_FALSE(notes->hasFocus());
}

TEST_CASE("The presenter view keeps the time and Esc ends both windows", "[presenter]")
{
    CHECK(clockText(0) == QStringLiteral("00:00"));
    CHECK(clockText(65'400) == QStringLiteral("01:05"));
    CHECK(clockText(3'600'000 + 61'000) == QStringLiteral("1:01:01"));

    const Plan plan = planWithNotes();
    auto *audience = new PresentationWindow(plan, false);
    audience->setAttribute(Qt::WA_DeleteOnClose);
    QPointer<PresentationWindow> watched(audience);
    PresenterView presenter(audience, nullptr);
    audience->show();
    presenter.show();
    CHECK(presenter.elapsedText() == QStringLiteral("00:00"));
    QTest::keyClick(&presenter, Qt::Key_Escape);
    CHECK_FALSE(presenter.isVisible());
    QApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    CHECK(watched.isNull());

    // Closing the audience's window (Esc there) closes the presenter view too.
    PresentationWindow second(plan, false);
    PresenterView other(&second, nullptr);
    second.show();
    other.show();
    QTest::keyClick(&second, Qt::Key_Escape);
    CHECK_FALSE(other.isVisible());
}

TEST_CASE("The presenter view shows the slides, not blank boxes", "[presenter]")
{
    const Plan plan = planWithNotes();
    PresentationWindow audience(plan, false);
    audience.resize(1280, 720);
    PresenterView presenter(&audience, nullptr);
    presenter.resize(1280, 800);
    presenter.show();
    presenter.nextSlide();
    presenter.nextSlide();
    QApplication::processEvents();
    const QImage image = presenter.grab().toImage();
    const QString out = qEnvironmentVariable("SALESPLAN_SHOTS");
    if (!out.isEmpty())
        image.save(out + QStringLiteral("/presenter.png"));
    for (const char *name : {"currentSlidePreview", "nextSlidePreview"}) {
        auto *preview = presenter.findChild<QWidget *>(QString::fromLatin1(name));
        REQUIRE(preview);
        const QImage part = preview->grab().toImage();
        QSet<QRgb> colours;
        for (int y = 0; y < part.height(); y += 4)
            for (int x = 0; x < part.width(); x += 4)
                colours.insert(part.pixel(x, y));
        INFO(name);
        CHECK(colours.size() > 10); // a drawn slide, not an empty box
    }
}
