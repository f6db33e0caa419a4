#pragma once

#include <QWidget>

class QListWidget;
class QListWidgetItem;

namespace salesplan::ui {

// The page the main window shows while no plan is open: the recent plans with their key figures
// (name, year, annual target, status, last edited) and a small chart of their month targets and the
// ways to begin — a new plan, a template, the sample, a file to open (or to drop on the window).
class StartPage : public QWidget
{
    Q_OBJECT
public:
    explicit StartPage(QWidget *parent = nullptr);

    // Reads the recent plans again: their files may have changed or gone since.
    void refresh();
    // The recent plans, one row each, newest first; a row's Qt::UserRole holds its path.
    QListWidget *recentList() const { return m_recent; }

signals:
    void newPlanRequested();
    void templateRequested();
    void sampleRequested();
    void openRequested();
    // A recent plan was double-clicked or chosen with Enter.
    void recentChosen(const QString &path);

private:
    QListWidget *m_recent = nullptr;
};

} // namespace salesplan::ui
