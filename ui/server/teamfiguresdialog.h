#pragma once

#include "server/teamserver.h"
#include "team/consolidation.h"

#include <QDialog>
#include <QHash>

class QLabel;
class QTableWidget;

namespace salesplan::ui {

// The team's figures as fetched from the team server, to read: the director's allocation, and
// per unit its status, its allocated part of the target (top-down), its own target (bottom-up),
// the gap, its headcount and budget and the version it published; the units together below,
// then the consolidation's findings. A manager sees every unit's published figures, and a line
// saying that the units' plans are the director's. Nothing in it is edited or written to a file.
class TeamFiguresDialog : public QDialog
{
    Q_OBJECT
public:
    // `allocation`: the allocation's version, none when the director has published none.
    // `managedUnit`: the unit of the manager signed in, whose consolidation is over the units'
    // figures alone (consolidateFigures()); empty for the director.
    TeamFiguresDialog(const QString &server, const Consolidation &consolidation,
                      const std::optional<server::PublishedVersion> &allocation,
                      const QHash<QString, server::PublishedVersion> &published,
                      const QString &managedUnit, QWidget *parent = nullptr);

    QTableWidget *table() const { return m_table; }
    QString headline() const;
    // What the reader may see: for a manager, that the units' plans are the director's.
    QString scope() const;
    // What the open plan is now based on, recorded in it by the fetch, in words
    // (server::allocatedTargetText()): "north is allocated ¥1.2亿 (allocation 3); …". Hidden
    // when empty (no plan open, or nothing recorded).
    void setBasis(const QString &text);
    QString basis() const;

private:
    // As high as the wrapped lines need at the dialog's width.
    void fitHeight();
    void fillTable(const Consolidation &consolidation,
                   const QHash<QString, server::PublishedVersion> &published);

    QLabel *m_headline;
    QLabel *m_scope;
    QLabel *m_basis;
    QLabel *m_note;
    QTableWidget *m_table;
};

} // namespace salesplan::ui
