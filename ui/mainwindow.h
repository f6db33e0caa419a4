#pragma once

#include "plan/plan.h"

#include <QMainWindow>

#include <memory>

class QLabel;
class QListWidget;
class QStackedWidget;

namespace salesplan {
class PlanFile;
}

namespace salesplan::ui {

class OverviewPage;

// The application's main window: a navigator of the plan's sections beside the open section.
// It owns the open PlanFile; the pages only read the plan it holds.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    // Opens a .salesplan file; a file that cannot be written opens read-only and says why.
    // Returns false, after telling the user, when the file cannot be opened at all.
    bool openFile(const QString &path);
    // Shows a note in the status bar until the next message (e.g. "this is a sample copy").
    void showNote(const QString &note);
    // Renders every page of the navigator to DIR/NN-page.png (for `salesplan --screenshots DIR`).
    // Returns the files written.
    QStringList saveScreenshots(const QString &folder);

private:
    void createMenus();
    void createNavigator();
    void showPlan(const Plan &plan, const QString &fileName);

    std::unique_ptr<PlanFile> m_file;
    QListWidget *m_navigator = nullptr;
    QStackedWidget *m_pages = nullptr;
    OverviewPage *m_overview = nullptr;
    QLabel *m_note = nullptr; // the status bar's lasting note, e.g. "opened read-only"
};

} // namespace salesplan::ui
