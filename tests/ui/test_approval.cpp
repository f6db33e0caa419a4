// The status workflow in the window: each status change is one undo step, approving saves a
// version and locks the targets (an edit is refused in words and the file stays as it was), the
// narrative follows the approval's choice, reopening unlocks, and the Targets page says so.
#include <catch2/catch.hpp>

#include "document/plandocument.h"
#include "plan/approval.h"
#include "status/approvedialog.h"
#include "status/lockbanner.h"
#include "status/statusmenu.h"
#include "store/planfile.h"

#include <QCheckBox>
#include <QCryptographicHash>
#include <QDialogButtonBox>
#include <QFile>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QUndoStack>

using namespace salesplan;
using namespace salesplan::ui;

namespace {

std::unique_ptr<PlanDocument> newDocument(const QTemporaryDir &dir)
{
    Plan plan = makeDefaultPlan();
    plan.info.author = QStringLiteral("张伟");
    plan.targets.annualTarget = Money{120'000'000'00, QStringLiteral("CNY")};
    const QString path = dir.filePath(QStringLiteral("plan.salesplan"));
    REQUIRE(PlanFile::create(path, plan));
    auto file = PlanFile::open(path);
    REQUIRE(file);
    return std::make_unique<PlanDocument>(std::move(file.value()));
}

StatusChange change(PlanStatus status, const QString &by, const QString &comment = {},
                    bool narrativeEditable = false)
{
    return StatusChange{0, status, by, QDate(2027, 1, 15), comment, narrativeEditable};
}

void approve(PlanDocument &document, bool narrativeEditable = false)
{
    REQUIRE(document.setStatus(change(PlanStatus::InReview, QStringLiteral("张伟"))));
    REQUIRE(document.setStatus(change(PlanStatus::Approved, QStringLiteral("王总"),
                                      QStringLiteral("同意"), narrativeEditable)));
}

QByteArray fileHash(const QString &path)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256);
}

bool setTarget(PlanDocument &document, qint64 minor)
{
    return document.edit(QStringLiteral("Edit target"),
                         [minor](Plan &plan) { plan.targets.annualTarget.minor = minor; });
}

} // namespace

TEST_CASE("Approving locks the targets: an edit is refused in words and the file is unchanged",
          "[approval]")
{
    QTemporaryDir dir;
    auto document = newDocument(dir);
    approve(*document);
    REQUIRE(document->plan().info.status == PlanStatus::Approved);
    QSignalSpy refused(document.get(), &PlanDocument::editRefused);
    QSignalSpy changed(document.get(), &PlanDocument::changed);
    const QByteArray before = fileHash(document->filePath());
    const int steps = document->undoStack()->count();

    CHECK_FALSE(setTarget(*document, 1));
    REQUIRE(refused.count() == 1);
    CHECK(refused.first().first().toString() ==
          QStringLiteral("The plan is approved: its targets are locked. Reopen it as a draft to "
                         "change them."));
    CHECK(document->plan().targets.annualTarget.minor == 120'000'000'00);
    CHECK(document->undoStack()->count() == steps);
    CHECK(fileHash(document->filePath()) == before);
    CHECK(changed.count() == 1); // the views show the plan's value again

    // Execution data still goes in.
    CHECK(document->edit(QStringLiteral("Add actual"), [](Plan &plan) {
        plan.history.append(HistoryEntry{plan.ids.take(),
                                         QDate(2027, 1, 1),
                                         {},
                                         {},
                                         {},
                                         Money{5'000'00, QStringLiteral("CNY")}});
    }));
    CHECK(document->plan().history.size() == 1);
}

TEST_CASE("The narrative of an approved plan is editable only when the approval allowed it",
          "[approval]")
{
    for (const bool allowed : {false, true}) {
        QTemporaryDir dir;
        auto document = newDocument(dir);
        approve(*document, allowed);
        const bool edited = document->edit(QStringLiteral("Edit mission"), [](Plan &plan) {
            plan.mission.mission = QStringLiteral("新使命");
        });
        CHECK(edited == allowed);
        CHECK((document->plan().mission.mission == QStringLiteral("新使命")) == allowed);
    }
}

TEST_CASE("Reopening as a draft needs no approval and unlocks the targets", "[approval]")
{
    QTemporaryDir dir;
    auto document = newDocument(dir);
    approve(*document);
    CHECK_FALSE(document->setStatus(change(PlanStatus::InReview, QStringLiteral("张伟"))));
    REQUIRE(document->setStatus(
        change(PlanStatus::Draft, QStringLiteral("张伟"), QStringLiteral("董事会下调目标"))));
    CHECK(lastReopening(document->plan().info)->comment == QStringLiteral("董事会下调目标"));
    CHECK(setTarget(*document, 110'000'000'00));
    CHECK(document->plan().targets.annualTarget.minor == 110'000'000'00);
}

TEST_CASE(
    "Submitting and reopening are undo steps, and approving saves a version and ends the undo "
    "history",
    "[approval]")
{
    QTemporaryDir dir;
    auto document = newDocument(dir);
    QUndoStack *stack = document->undoStack();
    REQUIRE(setTarget(*document, 130'000'000'00));
    REQUIRE(document->setStatus(change(PlanStatus::InReview, QStringLiteral("张伟"))));
    CHECK(stack->count() == 2);
    stack->undo();
    CHECK(document->plan().info.status == PlanStatus::Draft);
    CHECK(document->plan().info.statusLog.isEmpty());
    stack->redo();

    REQUIRE(document->setStatus(
        change(PlanStatus::Approved, QStringLiteral("王总"), QStringLiteral("同意"))));
    auto file = PlanFile::open(document->filePath(), PlanFile::Access::ReadOnly);
    REQUIRE(file);
    const auto versions = (*file)->versions();
    REQUIRE(versions);
    REQUIRE(versions->size() == 1);
    CHECK(versions->first().name == QStringLiteral("Approved 2027-01-15 by 王总"));
    CHECK(versions->first().author == QStringLiteral("王总"));
    CHECK((*file)->versionPlan(versions->first().id)->info.status == PlanStatus::Approved);
    // Nothing before the approval can be undone: not the approval, not the target under it.
    CHECK(stack->count() == 0);
    CHECK_FALSE(stack->canUndo());

    // Reopening is an undo step again; approving again on the same day numbers the version.
    REQUIRE(document->setStatus(
        change(PlanStatus::Draft, QStringLiteral("张伟"), QStringLiteral("董事会下调目标"))));
    CHECK(stack->count() == 1);
    stack->undo();
    CHECK(document->plan().info.status == PlanStatus::Approved);
    stack->redo();
    REQUIRE(document->setStatus(change(PlanStatus::InReview, QStringLiteral("张伟"))));
    REQUIRE(document->setStatus(change(PlanStatus::Approved, QStringLiteral("王总"))));
    const auto again = (*file)->versions();
    REQUIRE(again);
    REQUIRE(again->size() == 2);
    CHECK(again->last().name == QStringLiteral("Approved 2027-01-15 by 王总 (2)"));
}

TEST_CASE("Restoring a version keeps the plan's status, and an approved plan refuses it in words",
          "[approval]")
{
    QTemporaryDir dir;
    auto document = newDocument(dir);
    REQUIRE(document->saveVersion(QStringLiteral("草稿一"), QStringLiteral("张伟")));
    const PlanVersion draft = document->versions()->first();
    REQUIRE(setTarget(*document, 150'000'000'00));
    REQUIRE(document->setStatus(change(PlanStatus::InReview, QStringLiteral("张伟"))));

    // In review: the version's target comes back, the status and its log stay.
    REQUIRE(document->restoreVersion(draft));
    CHECK(document->plan().targets.annualTarget.minor == 120'000'000'00);
    CHECK(document->plan().info.status == PlanStatus::InReview);
    CHECK(document->plan().info.statusLog.size() == 1);

    // Approved: the restore would change the target, so it is refused and nothing is written.
    REQUIRE(setTarget(*document, 150'000'000'00));
    REQUIRE(document->setStatus(
        change(PlanStatus::Approved, QStringLiteral("王总"), QStringLiteral("同意"))));
    const QByteArray before = fileHash(document->filePath());
    const int steps = document->undoStack()->count();
    const Status refused = document->restoreVersion(draft);
    REQUIRE_FALSE(refused);
    CHECK(refused.error().message().contains(QStringLiteral("approved")));
    CHECK(document->plan().targets.annualTarget.minor == 150'000'000'00);
    CHECK(document->undoStack()->count() == steps);
    CHECK(fileHash(document->filePath()) == before);
}

TEST_CASE("A version restored after an undo still saves as a version and as JSON", "[approval]")
{
    QTemporaryDir dir;
    auto document = newDocument(dir);
    REQUIRE(document->edit(QStringLiteral("Add a rep"), [](Plan &plan) {
        Member member;
        member.id = plan.ids.take();
        member.name = QStringLiteral("赵磊");
        plan.team.members.append(member);
    }));
    REQUIRE(document->saveVersion(QStringLiteral("with 赵磊"), QStringLiteral("张伟")));
    const PlanVersion withRep = document->versions()->last();
    document->undoStack()->undo(); // the rep's id is free again…
    REQUIRE(
        document->setStatus(change(PlanStatus::InReview, QStringLiteral("张伟")))); // …and taken
    REQUIRE(document->restoreVersion(withRep));
    CHECK(document->plan().team.members.constLast().name == QStringLiteral("赵磊"));
    CHECK(document->plan().info.statusLog.constFirst().id !=
          document->plan().team.members.constLast().id);
    CHECK(document->saveVersion(QStringLiteral("after the restore"), QStringLiteral("张伟")));
    CHECK(document->withVersions());
}

TEST_CASE("The Targets page of an approved plan says who approved it and that targets are locked",
          "[approval]")
{
    QTemporaryDir dir;
    auto document = newDocument(dir);
    LockBanner banner(document.get(), Section::Targets);
    CHECK(banner.isHidden());
    approve(*document);
    CHECK_FALSE(banner.isHidden());
    CHECK(banner.text().contains(QStringLiteral("王总")));
    CHECK(banner.text().contains(QStringLiteral("targets locked")));
    REQUIRE(document->setStatus(
        change(PlanStatus::Draft, QStringLiteral("张伟"), QStringLiteral("董事会下调目标"))));
    CHECK(banner.isHidden());
}

TEST_CASE("The approve dialog remembers the last approver and starts today", "[approval]")
{
    {
        ApproveDialog dialog;
        QPushButton *approve = dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
        CHECK_FALSE(approve->isEnabled()); // an approval names its approver
        dialog.findChild<QLineEdit *>(QStringLiteral("approver"))->setText(QStringLiteral("陈总"));
        CHECK(approve->isEnabled());
        dialog.findChild<QCheckBox *>(QStringLiteral("narrativeEditable"))->setChecked(true);
        dialog.accept();
        const StatusChange approval = dialog.approval();
        CHECK(approval.status == PlanStatus::Approved);
        CHECK(approval.by == QStringLiteral("陈总"));
        CHECK(approval.date == QDate::currentDate());
        CHECK(approval.narrativeEditable);
    }
    ApproveDialog next;
    CHECK(next.approval().by == QStringLiteral("陈总"));
}

TEST_CASE("File ▸ Status offers only the moves the plan's status allows", "[approval]")
{
    QTemporaryDir dir;
    auto document = newDocument(dir);
    StatusMenu menu([&document] { return document.get(); }, nullptr, nullptr);
    const auto action = [&menu](const char *name) {
        auto *found = menu.findChild<QAction *>(QString::fromLatin1(name));
        REQUIRE(found);
        return found;
    };
    emit menu.aboutToShow();
    CHECK(action("submitForReviewAction")->isEnabled());
    CHECK_FALSE(action("approveAction")->isEnabled());
    CHECK_FALSE(action("reopenAction")->isEnabled());
    action("submitForReviewAction")->trigger();
    CHECK(document->plan().info.status == PlanStatus::InReview);
    CHECK(document->plan().info.statusLog.last().by == QStringLiteral("张伟"));
    emit menu.aboutToShow();
    CHECK_FALSE(action("submitForReviewAction")->isEnabled());
    CHECK(action("approveAction")->isEnabled());
    CHECK(action("reopenAction")->isEnabled());
}
