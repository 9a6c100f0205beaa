// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 SMS Log Viewer contributors
#pragma once

#include "costtotals.h"

class StatusIconProvider;

#include <QAbstractTableModel>

// One breakdown of the totals (per project or per status) as a small table:
// name, messages, cost, share of the cost. GUI thread only.
class CostBreakdownModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Name, Messages, Cost, Share, ColumnCount };
    enum Role { RawValueRole = Qt::UserRole + 1 }; // qint64 messages / cents, QString key

    CostBreakdownModel(const QString &nameTitle, QObject *parent = nullptr);

    // `totalCostCents` is the cost of the whole filter; shares are computed against it.
    void setGroups(const QList<CostGroup> &groups, qint64 totalCostCents);
    const QList<CostGroup> &groups() const { return m_groups; }
    // For the per-status breakdown: the name column shows the provider's icon of the group's key
    // beside the status. None by default (no decoration). Not owned; see StatusIconProvider.
    void setStatusIconProvider(const StatusIconProvider *provider);
    const StatusIconProvider *statusIconProvider() const { return m_statusIcons; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QString m_nameTitle;
    QList<CostGroup> m_groups;
    qint64 m_totalCostCents = 0;
    const StatusIconProvider *m_statusIcons = nullptr;
};
