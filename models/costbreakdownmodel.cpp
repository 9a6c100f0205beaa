// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 SMS Log Viewer contributors
#include "costbreakdownmodel.h"

#include "money.h"
#include "smsstatus.h"
#include "statusiconprovider.h"

#include <QLocale>

CostBreakdownModel::CostBreakdownModel(const QString &nameTitle, QObject *parent)
    : QAbstractTableModel(parent)
    , m_nameTitle(nameTitle)
{ }

void CostBreakdownModel::setGroups(const QList<CostGroup> &groups, qint64 totalCostCents)
{
    beginResetModel();
    m_groups = groups;
    m_totalCostCents = totalCostCents;
    endResetModel();
}

void CostBreakdownModel::setStatusIconProvider(const StatusIconProvider *provider)
{
    if (m_statusIcons == provider)
        return;
    m_statusIcons = provider;
    if (!m_groups.isEmpty())
        emit dataChanged(index(0, Name), index(rowCount() - 1, Name), {Qt::DecorationRole});
}

int CostBreakdownModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_groups.size());
}

int CostBreakdownModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CostBreakdownModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const CostGroup &group = m_groups.at(index.row());
    if (role == Qt::TextAlignmentRole)
        return index.column() == Name ? QVariant(Qt::AlignLeft | Qt::AlignVCenter)
                                      : QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case Name: return group.label;
        case Messages: return QLocale().toString(group.messages);
        case Cost: return formatCents(group.costCents);
        case Share:
            if (m_totalCostCents <= 0)
                return QStringLiteral("—");
            // A share, not money: a double is fine here (and cannot overflow).
            return QString(
                QLocale().toString(100.0 * double(group.costCents) / double(m_totalCostCents), 'f', 1)
                + QStringLiteral(" %"));
        }
    }
    if (role == RawValueRole) {
        switch (index.column()) {
        case Name: return group.key;
        case Messages: return group.messages;
        case Cost: return group.costCents;
        case Share: return m_totalCostCents;
        }
    }
    if (role == Qt::DecorationRole && index.column() == Name && m_statusIcons)
        return m_statusIcons->icon(group.key);
    if (role == Qt::ToolTipRole && index.column() == Name)
        return group.key;
    return {};
}

QVariant CostBreakdownModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Name: return m_nameTitle;
    case Messages: return tr("Messages");
    case Cost: return tr("Cost");
    case Share: return tr("Share of cost");
    }
    return {};
}
