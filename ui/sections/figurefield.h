#pragma once

#include <QWidget>

class QGridLayout;
class QLabel;
class QLineEdit;
class QTimer;

namespace salesplan::ui {

class PlanDocument;

// A field for one figure of the plan (an amount, a percent, a number), typed as text. It writes
// only what the person has finished: on Enter, on leaving the field, or after a short pause on
// a text that reads. A text that does not read is never written; the reason shows beside the
// field. Esc puts the plan's value back, and so does leaving with such a text, the reason
// staying until the next edit. With the focus the field shows the plain digits to edit,
// without it the figure as people read it (¥50,000,000.00). Undo, redo and other views update
// it unless the person is typing in it. Typing into one field is one undo step.
//
// A kind of figure gives the four hooks below and calls showPlanValue() once it is set up.
class FigureField : public QWidget
{
    Q_OBJECT
public:
    // How long typing rests before a text that reads is written.
    static constexpr int pauseMs = 600;

    QLineEdit *lineEdit() const { return m_edit; }
    // The reason shown beside the field; empty when there is none.
    QString problem() const;
    // Shows the reason under the field rather than beside it, for a narrow column.
    void placeProblemBelow();

protected:
    // `key` is the field's stable key: the line edit's objectName and the undo merge key.
    FigureField(PlanDocument *document, const QString &key, QWidget *parent);

    // Why `text` cannot be written; empty when it can.
    virtual QString problemWith(const QString &text) const = 0;
    // Writes `text`, which problemWith() accepted, to the plan; false when the file refused it.
    virtual bool write(const QString &text) = 0;
    // Whether `text` means the value the plan holds (so it is left as typed).
    virtual bool meansPlanValue(const QString &text) const = 0;
    // The plan's value as plain digits to edit, or as people read it.
    virtual QString planText(bool forEditing) const = 0;

    PlanDocument *document() const { return m_document; }
    QString key() const { return m_key; }
    // Shows the plan's value, to edit while the field has the focus.
    void showPlanValue();
    // A unit written after the field, such as "%".
    void setUnit(const QString &unit);

    bool eventFilter(QObject *watched, QEvent *event) override;
    // Widens the line edit to show its whole placeholder, once the callers have set it.
    void showEvent(QShowEvent *event) override;

private:
    void onEdited(const QString &text);
    void onPlanChanged();
    void onFocusOut(Qt::FocusReason reason);
    bool commit();
    bool putBack();
    void showProblem(const QString &text);

    PlanDocument *m_document;
    QString m_key;
    QLineEdit *m_edit;
    QLabel *m_unit;
    QLabel *m_problem;
    QTimer *m_pause;
    QGridLayout *m_layout;
    bool m_problemBelow = false;
    bool m_typing = false; // the text was edited and is neither written nor put back yet
};

} // namespace salesplan::ui
