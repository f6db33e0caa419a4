#pragma once

#include <QWizard>

#include <memory>

class QListWidget;

namespace salesplan {
struct Plan;
}

namespace salesplan::ui {

class PlanDocument;

// What the first page of the wizard asks before the plan file is made.
struct NewPlanChoices
{
    QString company;
    QString name;
    int year = 0;
    QString currency;
    QString language;    // "en", "zh_CN" or "zh_TW": the plan's default texts are written in it
    QString templateKey; // the industry template the plan starts from; empty = a blank plan
};

// File ▸ New: a wizard over a new plan file. The first page names the plan and where to save
// it and creates the file; then one page per section, each wrapping the same editor the main
// window uses, and a summary with the findings. Next is blocked only by errors. The side list
// reaches any page already open to the user. Cancel asks whether to keep the draft; a kept
// draft (path and page, in QSettings) can be resumed later at the page the user left. Enter
// never moves on: it commits the field or cell being edited, and a focused button takes its own.
class PlanWizard : public QWizard
{
    Q_OBJECT
public:
    explicit PlanWizard(QWidget *parent = nullptr);
    // Resumes a kept draft at `pageId`.
    PlanWizard(const QString &draftPath, int pageId, QWidget *parent = nullptr);
    ~PlanWizard() override;

    // The plan file the wizard made; empty until the first page is done.
    QString filePath() const { return m_filePath; }
    PlanDocument *document() const { return m_document.get(); }
    // Creates the plan file and opens it; used by the first page. The default stages and KPIs
    // (or the template's plan) are written in the plan's language. False (with `error` set)
    // when the file cannot be made.
    bool createPlanFile(const QString &path, const NewPlanChoices &choices, QString *error);

    // A draft kept by an earlier Cancel: its path, or empty when there is none.
    static QString keptDraft();
    static int keptDraftPage();

    void done(int result) override;

protected:
    void keyPressEvent(QKeyEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

signals:
    void documentReady();

private:
    void addPages();
    void buildSideList();
    void goToPage(int pageId);
    void noDefaultButton();
    void keepDraft(bool keep);
    bool openDocument(const QString &path);
    bool createFromTemplate(const QString &path, const NewPlanChoices &choices, QString *error);
    bool createFile(const QString &path, const Plan &plan, QString *error);

    std::unique_ptr<PlanDocument> m_document;
    QString m_filePath;
    QListWidget *m_sideList = nullptr;
};

} // namespace salesplan::ui
