// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 SMS Log Viewer contributors
#include "linkcandidatefinder.h"

#include "smslogtablemodel.h"

namespace {

// The part of a filter the candidates depend on.
SmsFilter linkPart(const SmsFilter &filter)
{
    SmsFilter part;
    part.linkKind = filter.linkKind;
    part.linkText = filter.linkText.trimmed();
    part.projectId = filter.projectId;
    return part;
}

} // namespace

LinkCandidateFinder::LinkCandidateFinder(SmsLogTableModel *table, QObject *parent)
    : QObject(parent)
    , m_table(table)
{
    connect(table, &SmsLogTableModel::queryChanged, this, &LinkCandidateFinder::handleQueryChanged);
}

void LinkCandidateFinder::handleQueryChanged()
{
    SmsLogSource *source = m_table->source();
    const SmsFilter asked = linkPart(m_table->query().filter);
    if (source == m_source && asked == m_asked)
        return; // a refresh or a new sort: the same answer
    if (m_source && m_request != 0)
        m_source->cancel(m_request);
    m_request = 0;
    if (source != m_source) {
        if (m_source)
            disconnect(m_source, nullptr, this, nullptr);
        m_source = source;
        if (source) {
            connect(source, &SmsLogSource::linkCandidatesFetched, this, &LinkCandidateFinder::handleFetched);
            connect(source, &SmsLogSource::requestFailed, this, [this](SmsLogSource::RequestId id) {
                if (id == m_request)
                    m_request = 0; // not known: nothing is said
            });
        }
    }
    m_asked = asked;
    show({});
    const std::optional<qint64> number = linkNumber(asked);
    if (!source || !number)
        return;
    m_request = source->requestLinkCandidates(*asked.linkKind, *number, asked.projectId);
}

void LinkCandidateFinder::handleFetched(SmsLogSource::RequestId id, const QList<LinkCandidate> &candidates)
{
    if (id != m_request || id == 0)
        return;
    m_request = 0;
    show(candidates.size() > 1 ? candidates : QList<LinkCandidate>());
}

void LinkCandidateFinder::show(const QList<LinkCandidate> &candidates)
{
    if (candidates == m_ambiguous)
        return;
    m_ambiguous = candidates;
    emit ambiguousChanged(m_ambiguous);
}
