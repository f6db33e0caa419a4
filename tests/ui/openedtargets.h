#pragma once

#include "document/plandocument.h"
#include "sections/targetseditor.h"
#include "store/planfile.h"

#include <catch2/catch.hpp>

#include <QLineEdit>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

#include <memory>

namespace uitest {

// A plan in a plan file, open for editing, with a Targets editor on it shown and active so that
// the field being typed into has the focus.
struct OpenedTargets
{
    QTemporaryDir dir;
    std::unique_ptr<salesplan::ui::PlanDocument> document;
    std::unique_ptr<salesplan::ui::TargetsEditor> editor;

    explicit OpenedTargets(const salesplan::Plan &plan)
    {
        REQUIRE(dir.isValid());
        const QString path = dir.filePath(QStringLiteral("plan.salesplan"));
        REQUIRE(salesplan::PlanFile::create(path, plan));
        auto file = salesplan::PlanFile::open(path);
        REQUIRE(file);
        document = std::make_unique<salesplan::ui::PlanDocument>(std::move(file.value()));
        editor = std::make_unique<salesplan::ui::TargetsEditor>(document.get());
        editor->resize(1280, 800);
        editor->show();
        editor->activateWindow();
        REQUIRE(QTest::qWaitForWindowActive(editor.get()));
    }

    ~OpenedTargets() { editor.reset(); }

    const salesplan::Plan &plan() const { return document->plan(); }
    QUndoStack *undo() const { return document->undoStack(); }

    template <typename Widget> Widget *find(const QString &objectName) const
    {
        auto *widget = editor->findChild<Widget *>(objectName);
        INFO("no widget named " << objectName.toStdString());
        REQUIRE(widget);
        return widget;
    }
};

// Types `text` over what `edit` holds and presses Enter.
inline void enterInto(QLineEdit *edit, const QString &text)
{
    edit->setFocus();
    edit->selectAll();
    QTest::keyClicks(edit, text);
    QTest::keyClick(edit, Qt::Key_Return);
}

} // namespace uitest
