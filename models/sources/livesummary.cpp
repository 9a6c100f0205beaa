// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 SMS Log Viewer contributors
#include "livesummary.h"

#include "exacttotals.h"
#include "oneuptimeparser.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QPointer>
#include <QRegularExpression>
#include <QSet>
#include <QUrlQuery>
#include <QVersionNumber>
#include <limits>
#include <optional>

namespace {

// Messages this close to the server's "now" may still be committing (as in OneUptimeSource).
constexpr qint64 commitMarginMs = 2000;
// Pages requested at once: the server works on one while the next one travels.
constexpr int pagesInFlight = 3;

} // namespace

struct LiveSummary::State {
    SummaryGrouping by = SummaryGrouping::Project;
    std::optional<CostSummaryBuilder> builder;
    QJsonObject query;
    QJsonObject select;
    OneUptimeQuery::SortFields sort;
    int pageSize = 0;
    bool pageSizeAdapted = false;
    qint64 expected = -1; // matching rows, from the first page; -1 while unknown
    qint64 nextSkip = 0;
    int inFlight = 0;
    qint64 rowsDone = 0;
    bool started = false;
    bool ended = false;
    QList<QPointer<OneUptimeCall>> calls;
    // Exact or refused, as the app's totals (OneUptimeSource): each message once, every cost
    // whole cents, and as many messages as the server counted.
    QSet<QString> seen;
    qint64 unreadableCosts = 0;
    qint64 counted = -1; // the first page's count; -1 when the server gave none
};

LiveSummary::LiveSummary(const OneUptimeSettings &settings, QObject *parent)
    : QObject(parent)
    , d(std::make_unique<State>())
    , m_client(new OneUptimeClient(settings, this))
{ }

LiveSummary::~LiveSummary()
{
    for (const QPointer<OneUptimeCall> &call : std::as_const(d->calls))
        if (call)
            call->abort();
}

void LiveSummary::track(OneUptimeCall *call)
{
    d->calls.removeAll(nullptr);
    d->calls.append(call);
    connect(call, &OneUptimeCall::retrying, this,
            [this](const QString &message, int) { Q_EMIT retrying(message); });
}

void LiveSummary::start(const SmsFilter &filter, SummaryGrouping by)
{
    if (d->started)
        return;
    d->started = true;
    d->by = by;
    d->builder.emplace(by);

    // The version decides what may be selected and how large a page may be; it needs no key.
    OneUptimeCall *call = m_client->get(QStringLiteral("/version"), false);
    track(call);
    const auto useVersion = [this, filter](const QString &version) {
        m_features = OneUptimeQuery::featuresFor(QVersionNumber::fromString(version));
        const QDateTime now = m_client->serverNow().addMSecs(-commitMarginMs);
        const QDateTime snapshot = QDateTime::fromMSecsSinceEpoch(now.toMSecsSinceEpoch(), Qt::UTC);
        SmsFilter bounded = filter;
        if (!bounded.sentTo.isValid() || bounded.sentTo > snapshot)
            bounded.sentTo = snapshot;
        d->query = OneUptimeQuery::query(bounded, m_features, &m_notes);
        // A filter the server cannot express matches nothing (the notes say so); left out, it
        // would match everything. An empty Includes matches no row.
        const bool codeLeftOut
            = !filter.errorCode.isEmpty() && !d->query.contains(QStringLiteral("errorCode"));
        bool linkLeftOut = false;
        if (filter.linkKind && !filter.linkText.trimmed().isEmpty()) {
            const QString relation = linkKindKey(*filter.linkKind);
            linkLeftOut = !d->query.contains(relation) && !d->query.contains(relation + QStringLiteral("Id"));
        }
        if (codeLeftOut || linkLeftOut || (bounded.sentFrom.isValid() && bounded.sentFrom > bounded.sentTo))
            d->query = {{QStringLiteral("_id"),
                         QJsonObject{{QStringLiteral("_type"), QStringLiteral("Includes")},
                                     {QStringLiteral("value"), QJsonArray()}}}};
        d->select = OneUptimeQuery::select(OneUptimeQuery::Fields::Totals, m_features);
        d->select.insert(QStringLiteral("createdAt"), true);
        d->sort = OneUptimeQuery::sort({SmsColumn::SentAt, Qt::DescendingOrder}, m_features)
                      .value_or(OneUptimeQuery::SortFields{});
        const int largest = std::max(1, m_features.maxPageSize);
        d->pageSize = m_pageSize > 0 ? std::min(m_pageSize, largest) : largest;
        // The first page tells how many there are; then a few at a time.
        requestPage(0);
    };
    connect(call, &OneUptimeCall::succeeded, this, [useVersion](const QByteArray &body) {
        useVersion(QJsonDocument::fromJson(body).object().value(QStringLiteral("version")).toString());
    });
    connect(call, &OneUptimeCall::failed, this, [this, useVersion](const SourceError &error, int status) {
        // A proxy may hide /version: go on with what every version can do.
        if (status == 404 || status == 200)
            useVersion({});
        else
            fail(error);
    });
}

void LiveSummary::cancel()
{
    fail({SourceError::Kind::Cancelled, tr("Cancelled."), {}});
}

void LiveSummary::requestPage(qint64 skip)
{
    ++d->inFlight;
    QUrlQuery paging;
    paging.addQueryItem(QStringLiteral("skip"), QString::number(skip));
    paging.addQueryItem(QStringLiteral("limit"), QString::number(d->pageSize));
    OneUptimeCall *call = m_client->post(QStringLiteral("/sms-log/get-list"), paging,
                                         OneUptimeQuery::requestBody(d->query, d->select, d->sort));
    track(call);
    connect(call, &OneUptimeCall::succeeded, this, [this](const QByteArray &body) {
        if (d->ended)
            return;
        --d->inFlight;
        addPage(body);
    });
    connect(call, &OneUptimeCall::failed, this, [this, call, skip](const SourceError &error, int status) {
        if (d->ended)
            return;
        --d->inFlight;
        // A server whose limit is lower than its version suggests says which it is:
        // 400 "Limit should be less than 1000". Only the first page adapts.
        static const QRegularExpression limit(QStringLiteral("[Ll]imit should be less than (\\d+)"));
        const QRegularExpressionMatch match = limit.match(OneUptimeParser::errorMessage(call->answerBody()));
        const int lower = match.hasMatch() ? match.captured(1).toInt() : 0;
        if (status == 400 && skip == 0 && !d->pageSizeAdapted && lower > 0 && lower < d->pageSize) {
            d->pageSizeAdapted = true;
            d->pageSize = lower;
            requestPage(0);
            return;
        }
        fail(error);
    });
}

void LiveSummary::addPage(const QByteArray &body)
{
    const auto parsed = OneUptimeParser::parseListPage(body);
    if (const auto *error = std::get_if<SourceError>(&parsed)) {
        SourceError unreadable = *error;
        unreadable.kind = SourceError::Kind::BadResponse;
        fail(unreadable);
        return;
    }
    const auto &page = std::get<OneUptimeParser::ListPage>(parsed);
    if (d->expected < 0) {
        // Without a count, pages are read one after the other until a short one.
        d->expected = page.count >= 0 ? page.count : std::numeric_limits<qint64>::max();
        d->counted = page.count;
        d->nextSkip = d->pageSize;
    }
    d->rowsDone += page.records.size();
    d->unreadableCosts += page.unreadableCosts;
    for (const SmsRecord &record : page.records) {
        if (d->seen.contains(record.id))
            continue; // pages that overlap
        d->seen.insert(record.id);
        QString key;
        QString label;
        switch (d->by) {
        case SummaryGrouping::Project:
            key = record.projectId;
            label = record.projectName;
            break;
        case SummaryGrouping::Status: key = label = record.status; break;
        case SummaryGrouping::Day:
        case SummaryGrouping::Month: key = label = summaryTimeKey(record.createdAt, d->by); break;
        }
        if (!d->builder->add(key, label, 1, record.costCents.value_or(0))) {
            fail({SourceError::Kind::BadResponse,
                  tr("The costs the server reported are too large to add up."),
                  {}});
            return;
        }
    }
    // A short page means the result ended (or shrank, as the server deleted old messages).
    if (page.records.size() < d->pageSize)
        d->expected = std::min(d->expected, d->nextSkip);
    const bool countKnown = d->expected != std::numeric_limits<qint64>::max();
    Q_EMIT progressed(d->rowsDone, countKnown ? std::max(d->expected, d->rowsDone) : -1);
    requestPages();
}

void LiveSummary::requestPages()
{
    const bool countKnown = d->expected != std::numeric_limits<qint64>::max();
    const int limit = countKnown ? pagesInFlight : 1;
    while (d->inFlight < limit && d->nextSkip < d->expected) {
        const qint64 skip = d->nextSkip;
        d->nextSkip += d->pageSize;
        requestPage(skip);
    }
    if (d->inFlight == 0)
        finish();
}

void LiveSummary::finish()
{
    if (d->ended)
        return;
    if (const auto inexact
        = inexactTotals(d->unreadableCosts, d->counted, d->seen.size(), tr("Run the summary again."))) {
        fail(*inexact);
        return;
    }
    d->ended = true;
    Q_EMIT finished(d->builder->result());
}

void LiveSummary::fail(const SourceError &error)
{
    if (d->ended)
        return;
    d->ended = true;
    for (const QPointer<OneUptimeCall> &call : std::as_const(d->calls))
        if (call)
            call->abort();
    d->calls.clear();
    Q_EMIT failed(error);
}
