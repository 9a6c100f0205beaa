// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 SMS Log Viewer contributors
#include "cacheexport.h"
#include "cachewriter.h"
#include "csvreader.h"
#include "demogenerator.h"
#include "exportwriters.h"
#include "sqlitecachesource.h"

#include <QCryptographicHash>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringDecoder>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>
#include <csignal>
#include <functional>
#include <sys/resource.h>
#include <unistd.h>

Q_DECLARE_METATYPE(CacheExport::Format)

// Exports end to end: real caches (a demo cache and a small one full of awkward values), the real
// export, and the files parsed back by parsers written here (RFC 4180, JSON per line). What an
// export holds is checked against what SqliteCacheSource, the app's own reader, returns for the
// same filter, through a column mapping written here independently of the export's.
class TestCacheExport : public QObject
{
    Q_OBJECT

private:
    using Format = CacheExport::Format;

    static constexpr qint64 demoRows = 4000;
    static constexpr int tieRows = 6000;
    QTemporaryDir m_dir;
    QString m_demoPath;
    QString m_nastyPath;
    QString m_tiesPath; // many rows per millisecond, and many without a time
    QList<SmsRecord> m_demoRecords; // what the demo cache holds, oldest first
    QList<SmsRecord> m_nastyRecords; // what the nasty cache holds

    // ---- expected values ----------------------------------------------------------------------

    // A value as the export should write it: null QVariant = missing, qint64 = integer, QString.
    struct Column {
        QString name;
        std::function<QVariant(const SmsRecord &)> value;
    };

    static QVariant text(const QString &value) { return value.isNull() ? QVariant() : QVariant(value); }

    static QVariant time(const QDateTime &value)
    {
        return value.isValid()
            ? QVariant(value.toUTC().toString(QStringLiteral("yyyy-MM-dd'T'HH:mm:ss.zzz")) + u'Z')
            : QVariant();
    }

    static QVariant number(const std::optional<qint64> &value)
    {
        return value ? QVariant(*value) : QVariant();
    }

    static QJsonValue jsonText(const QString &value)
    {
        return value.isNull() ? QJsonValue(QJsonValue::Null) : QJsonValue(value);
    }

    // The export's columns as the issue names them, each with its value for a record.
    static QList<Column> columns()
    {
        QList<Column> c;
        c << Column{QStringLiteral("_id"), [](const SmsRecord &r) { return QVariant(r.id); }}
          << Column{QStringLiteral("createdAt"), [](const SmsRecord &r) { return time(r.createdAt); }}
          << Column{QStringLiteral("updatedAt"), [](const SmsRecord &r) { return time(r.updatedAt); }}
          << Column{QStringLiteral("projectId"), [](const SmsRecord &r) { return text(r.projectId); }}
          << Column{QStringLiteral("toNumber"), [](const SmsRecord &r) { return text(r.toNumber); }}
          << Column{QStringLiteral("fromNumber"), [](const SmsRecord &r) { return text(r.fromNumber); }}
          << Column{QStringLiteral("status"), [](const SmsRecord &r) { return text(r.status); }}
          << Column{QStringLiteral("errorCode"), [](const SmsRecord &r) { return text(r.errorCode); }}
          << Column{QStringLiteral("smsCostInUSDCents"),
                    [](const SmsRecord &r) { return number(r.costCents); }}
          << Column{QStringLiteral("smsText"), [](const SmsRecord &r) { return text(r.smsText); }}
          << Column{QStringLiteral("statusMessage"), [](const SmsRecord &r) { return text(r.statusMessage); }}
          << Column{QStringLiteral("providerExternalId"),
                    [](const SmsRecord &r) { return text(r.providerExternalId); }};
        const std::pair<const char16_t *, LinkKind> ids[] = {
            {u"incidentId", LinkKind::Incident},
            {u"alertId", LinkKind::Alert},
            {u"monitorId", LinkKind::Monitor},
            {u"scheduledMaintenanceId", LinkKind::ScheduledMaintenance},
            {u"statusPageId", LinkKind::StatusPage},
            {u"statusPageAnnouncementId", LinkKind::StatusPageAnnouncement},
            {u"onCallDutyPolicyId", LinkKind::OnCallDutyPolicy},
            {u"onCallDutyPolicyEscalationRuleId", LinkKind::OnCallDutyPolicyEscalationRule},
            {u"onCallDutyPolicyScheduleId", LinkKind::OnCallDutyPolicySchedule},
            {u"teamId", LinkKind::Team},
            {u"userId", LinkKind::User},
        };
        for (const auto &[name, kind] : ids) {
            c << Column{QString::fromUtf16(name), [kind = kind](const SmsRecord &r) {
                            return r.link(kind).isSet() ? QVariant(r.link(kind).id) : QVariant();
                        }};
        }
        c << Column{QStringLiteral("projectName"), [](const SmsRecord &r) { return text(r.projectName); }};
        const std::pair<const char16_t *, LinkKind> names[] = {
            {u"incidentTitle", LinkKind::Incident},
            {u"incidentNumber", LinkKind::Incident},
            {u"alertTitle", LinkKind::Alert},
            {u"alertNumber", LinkKind::Alert},
            {u"monitorName", LinkKind::Monitor},
            {u"scheduledMaintenanceTitle", LinkKind::ScheduledMaintenance},
            {u"statusPageName", LinkKind::StatusPage},
            {u"statusPageAnnouncementTitle", LinkKind::StatusPageAnnouncement},
            {u"onCallDutyPolicyName", LinkKind::OnCallDutyPolicy},
            {u"onCallDutyPolicyEscalationRuleName", LinkKind::OnCallDutyPolicyEscalationRule},
            {u"onCallDutyPolicyScheduleName", LinkKind::OnCallDutyPolicySchedule},
            {u"teamName", LinkKind::Team},
            {u"userName", LinkKind::User},
            {u"userEmail", LinkKind::User},
        };
        for (const auto &[name, kind] : names) {
            const QString key = QString::fromUtf16(name);
            if (key.endsWith(QStringLiteral("Number")))
                c << Column{key, [kind = kind](const SmsRecord &r) { return number(r.link(kind).number); }};
            else if (key.endsWith(QStringLiteral("Email")))
                c << Column{key, [kind = kind](const SmsRecord &r) { return text(r.link(kind).email); }};
            else
                c << Column{key, [kind = kind](const SmsRecord &r) { return text(r.link(kind).name); }};
        }
        return c;
    }

    static QString csvText(const QVariant &value) { return value.isNull() ? QString() : value.toString(); }

    // ---- parsers ------------------------------------------------------------------------------

    // One JSON object per LF-ended line; keys in `keys` order; values plain (no objects).
    static QList<QJsonObject> parseJsonLines(const QByteArray &bytes, const QStringList &keys, QString *error)
    {
        QList<QJsonObject> objects;
        if (bytes.isEmpty())
            return objects;
        if (!bytes.endsWith('\n')) {
            *error = QStringLiteral("last line not ended by LF");
            return {};
        }
        const QList<QByteArray> lines = bytes.first(bytes.size() - 1).split('\n');
        for (const QByteArray &line : lines) {
            QJsonParseError parseError;
            const QJsonDocument document = QJsonDocument::fromJson(line, &parseError);
            if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
                *error = QStringLiteral("bad JSON line: ") + parseError.errorString();
                return {};
            }
            const QJsonObject object = document.object();
            if (object.size() != keys.size()) {
                *error = QStringLiteral("%1 keys instead of %2").arg(object.size()).arg(keys.size());
                return {};
            }
            // Keys in column order.
            qsizetype at = 0;
            for (const QString &key : keys) {
                const qsizetype found
                    = line.indexOf(QByteArray(QByteArray("\"") + key.toUtf8() + QByteArray("\":")), at);
                if (found < 0) {
                    *error = QStringLiteral("key %1 missing or out of order").arg(key);
                    return {};
                }
                at = found + 1;
                const QJsonValue value = object.value(key);
                if (value.isObject() || value.isArray() || value.isUndefined()) {
                    *error = QStringLiteral("key %1 is not a plain value").arg(key);
                    return {};
                }
                if (value.isDouble() && value.toDouble() != double(value.toInteger())) {
                    *error = QStringLiteral("key %1 is not an integer").arg(key);
                    return {};
                }
            }
            objects << object;
        }
        return objects;
    }

    // ---- the source ---------------------------------------------------------------------------

    template <typename Signal>
    static QList<QVariant> waitFor(SmsLogSource *source, Signal signal, SmsLogSource::RequestId id)
    {
        QSignalSpy spy(source, signal);
        for (int i = 0; i < 400; ++i) {
            for (const QList<QVariant> &arguments : std::as_const(spy)) {
                if (arguments.first().toULongLong() == id)
                    return arguments;
            }
            spy.wait(50);
        }
        return {};
    }

    // Every row of `path` that matches `filter`, newest first, as the app's cache source reads it.
    static QList<SmsRecord> sourceRows(const QString &path, const SmsFilter &filter, bool *ok)
    {
        *ok = false;
        SqliteCacheSource source(path);
        QSignalSpy opened(&source, &SmsLogSource::opened);
        source.open();
        if (!opened.wait(10000))
            return {};
        const auto counted = waitFor(&source, &SmsLogSource::countFetched, source.requestCount(filter));
        if (counted.isEmpty())
            return {};
        const qint64 count = counted.at(1).toLongLong();
        QList<SmsRecord> rows;
        SmsQuery query;
        query.filter = filter;
        while (rows.size() < count) {
            const auto answer
                = waitFor(&source, &SmsLogSource::rowsFetched, source.requestRows(query, rows.size(), 1000));
            if (answer.isEmpty())
                return {};
            const auto page = answer.at(2).value<QList<SmsRecord>>();
            if (page.isEmpty())
                return {};
            rows += page;
        }
        *ok = true;
        return rows;
    }

    static QByteArray readAll(const QString &path)
    {
        QFile file(path);
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }

    static QByteArray hashOf(const QString &path)
    {
        return QCryptographicHash::hash(readAll(path), QCryptographicHash::Sha256);
    }

    static QStringList entries(const QString &folder)
    {
        return QDir(folder).entryList(QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot);
    }

    static void writeFile(const QString &path, const QByteArray &bytes)
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        QCOMPARE(file.write(bytes), bytes.size());
    }

    static QString extension(Format format)
    {
        switch (format) {
        case Format::Csv: return QStringLiteral("csv");
        case Format::JsonLines: return QStringLiteral("jsonl");
        case Format::Sqlite: return QStringLiteral("sqlite");
        }
        return {};
    }

    QString freshFolder()
    {
        const QString folder = m_dir.filePath(QUuid::createUuid().toString(QUuid::WithoutBraces));
        return QDir().mkpath(folder) ? folder : QString();
    }

    // ---- the caches ---------------------------------------------------------------------------

    static DemoOptions demoOptions(qint64 rows)
    {
        DemoOptions o;
        o.rows = rows;
        o.seed = 11;
        o.end = QDateTime(QDate(2026, 8, 20), QTime(12, 0), Qt::UTC);
        o.days = 30;
        return o;
    }

    static LinkedResource link(const QString &id, const QString &name, std::optional<qint64> number = {},
                               const QString &email = {})
    {
        return {id, name, number, email};
    }

    // Records with every awkward value a CSV or JSON writer can trip on.
    static QList<SmsRecord> nastyRecords()
    {
        const QDateTime base(QDate(2026, 8, 1), QTime(9, 30, 15, 123), Qt::UTC);
        QList<SmsRecord> list;
        SmsRecord r;
        r.id = QStringLiteral("nasty-1");
        r.createdAt = base;
        r.updatedAt = base.addSecs(5);
        r.projectId = QStringLiteral("project-a");
        r.projectName = QStringLiteral("Acme, \"Ops\" team");
        r.toNumber = QStringLiteral("+15551234567");
        r.fromNumber = QStringLiteral("+15557654321");
        r.smsText = QStringLiteral("He said \"hi\", then left, twice: \"\"");
        r.statusMessage = QStringLiteral("The 'To' number +15551234567 is not a valid phone number.");
        r.status = QStringLiteral("Error");
        r.errorCode = QStringLiteral("21211");
        r.costCents = 0;
        r.link(LinkKind::Incident) = link(QStringLiteral("inc-1"), QStringLiteral("DB down,\r\nagain"), 42);
        r.link(LinkKind::User) = link(QStringLiteral("user-1"), QStringLiteral("Zoë O'Brien, \"Z\""), {},
                                      QStringLiteral("zoe@example.com"));
        list << r;

        r = SmsRecord();
        r.id = QStringLiteral("nasty-2");
        r.createdAt = base.addSecs(60);
        r.projectId = QStringLiteral("project-a");
        r.projectName = QStringLiteral("Acme, \"Ops\" team");
        r.toNumber = QStringLiteral("(555) 987-6543");
        r.smsText = QStringLiteral("line one\r\nline two\rline three\nline four\n");
        r.statusMessage
            = QStringLiteral("Delivery status: Undelivered. Message ID: SM0123456789abcdef0123456789abcdef. "
                             "Provider error code: 30007.");
        r.status = QStringLiteral("Undelivered");
        r.errorCode = QStringLiteral("30007");
        r.costCents = 3;
        list << r;

        r = SmsRecord();
        r.id = QStringLiteral("nasty-3");
        r.createdAt = base.addSecs(120);
        r.updatedAt = base.addSecs(121);
        r.projectId = QStringLiteral("project-b");
        r.projectName
            = QString::fromUtf8("\xd7\xa4\xd7\xa8\xd7\x95\xd7\x99\xd7\xa7\xd7\x98"); // Hebrew "project"
        r.toNumber = QStringLiteral("+972 52 123 4567");
        r.fromNumber = QStringLiteral("ACME");
        // Arabic, Hebrew, a right-to-left override and emoji (with a ZWJ sequence and a skin tone).
        r.smsText = QString::fromUtf8(
            "\xd8\xaa\xd9\x86\xd8\xa8\xd9\x8a\xd9\x87: \xd8\xa7\xd9\x84\xd8\xae\xd8\xa7\xd8\xaf"
            "\xd9\x85 \xd9\x85\xd8\xaa\xd9\x88\xd9\x82\xd9\x81 / \xd7\x94\xd7\xaa\xd7\xa8\xd7\x90"
            "\xd7\x94 \xe2\x80\xae\xf0\x9f\x9a\xa8 \xf0\x9f\x91\x8d\xf0\x9f\x8f\xbd "
            "\xf0\x9f\x91\xa8\xe2\x80\x8d\xf0\x9f\x91\xa9\xe2\x80\x8d\xf0\x9f\x91\xa7");
        r.statusMessage = QString::fromUtf8("\xd8\xb1\xd9\x82\xd9\x85 +44 7700 900123 "
                                            "\xd8\xba\xd9\x8a\xd8\xb1 \xd8\xb5\xd8\xa7\xd9\x84\xd8\xad");
        r.status = QStringLiteral("Delivered");
        r.costCents = 12;
        r.link(LinkKind::Alert)
            = link(QStringLiteral("alert-7"), QString::fromUtf8("\xf0\x9f\x94\xa5 CPU"), 7);
        r.link(LinkKind::Monitor) = link(QStringLiteral("monitor-only-id"), QString()); // no name known
        list << r;

        r = SmsRecord();
        r.id = QStringLiteral("nasty-4"); // empty strings, control characters, JSON look-alikes
        r.createdAt = base.addSecs(120); // the same millisecond as nasty-3
        r.projectId = QStringLiteral("project-b");
        r.projectName = QString::fromUtf8("\xd7\xa4\xd7\xa8\xd7\x95\xd7\x99\xd7\xa7\xd7\x98");
        r.toNumber = QStringLiteral("12345");
        r.fromNumber = QStringLiteral("");
        r.smsText = QStringLiteral("");
        r.statusMessage = QStringLiteral("tab\there, bell\x07, backslash \\ {\"_type\": \"x\"} \u2028 end");
        r.status = QStringLiteral("Sent");
        r.errorCode = QStringLiteral("");
        r.providerExternalId = QStringLiteral("=HYPERLINK(\"x\")");
        r.costCents = 0;
        list << r;

        r = SmsRecord();
        r.id = QStringLiteral("nasty-5"); // almost nothing known, no time at all
        r.toNumber = QStringLiteral("+4915112345678");
        r.statusMessage = QStringLiteral("a lone\rcarriage return");
        list << r;

        r = SmsRecord();
        r.id = QStringLiteral("nasty-6"); // long text, padding, every link
        r.createdAt = base.addDays(-3);
        r.updatedAt = base.addDays(-2);
        r.projectId = QStringLiteral("project-a");
        r.projectName = QStringLiteral("Acme, \"Ops\" team");
        r.toNumber = QStringLiteral("  +1 415 555 0100 ");
        r.fromNumber = QStringLiteral("+14155550199");
        r.smsText = QStringLiteral("  padded  ") + QString(5000, u'x') + QStringLiteral(",\"");
        r.statusMessage
            = QStringLiteral("call 415.555.0100 or (415) 555-0199, or +4915112345678,\rnot +49 151 1234");
        r.status = QStringLiteral("Queued");
        r.costCents = 9007199254740993; // above 2^53: must stay exact
        int i = 0;
        for (LinkKind kind : allLinkKinds) {
            r.link(kind)
                = link(QStringLiteral("id-%1").arg(i), QStringLiteral("Name %1, \"q\"").arg(i),
                       kind == LinkKind::Incident || kind == LinkKind::Alert ? std::optional<qint64>(i)
                                                                             : std::nullopt,
                       kind == LinkKind::User ? QStringLiteral("u%1@example.org").arg(i) : QString());
            ++i;
        }
        list << r;
        return list;
    }

    SmsFilter demoFilter(const QString &name) const
    {
        SmsFilter f;
        const QList<SmsRecord> &r = m_demoRecords;
        if (name == u"all") {
        } else if (name == u"failed or undelivered") {
            f.statuses = {QStringLiteral("Failed"), QStringLiteral("Undelivered")};
        } else if (name == u"time range") {
            f.sentFrom = r.at(1000).createdAt;
            f.sentTo = r.at(3000).createdAt;
        } else if (name == u"project and time") {
            f.projectId = r.at(10).projectId;
            f.sentFrom = r.at(2000).createdAt;
        } else if (name == u"text") {
            // A word of the texts (the cache holds many languages).
            f.text = r.at(100).smsText.split(u' ').value(1);
        } else if (name == u"to number") {
            f.toNumber = QStringLiteral("555");
        } else if (name == u"error code") {
            for (const SmsRecord &record : r) {
                if (!record.errorCode.isEmpty()) {
                    f.errorCode = record.errorCode;
                    break;
                }
            }
        } else if (name == u"linked incident") {
            f.linkKind = LinkKind::Incident;
            for (const SmsRecord &record : r) {
                if (!record.link(LinkKind::Incident).name.isEmpty()) {
                    f.linkText = record.link(LinkKind::Incident).name.mid(2, 6);
                    break;
                }
            }
        } else if (name == u"nothing") {
            f.statuses = {QStringLiteral("No such status")};
        } else {
            qFatal("unknown filter");
        }
        return f;
    }

    static QStringList demoFilterNames()
    {
        return {QStringLiteral("all"),        QStringLiteral("failed or undelivered"),
                QStringLiteral("time range"), QStringLiteral("project and time"),
                QStringLiteral("text"),       QStringLiteral("to number"),
                QStringLiteral("error code"), QStringLiteral("linked incident"),
                QStringLiteral("nothing")};
    }

    // Exports and compares every row and value with the source's answer for the same filter.
    void compareTextExport(const QString &cache, const SmsFilter &filter, Format format,
                           qint64 expectedMinimum)
    {
        const QString folder = freshFolder();
        const QString output = folder + QStringLiteral("/out.") + extension(format);
        CacheExport::Options options;
        options.format = format;
        qint64 written = -1;
        QCOMPARE(CacheExport::exportRows(cache, filter, output, options, {}, &written), QString());
        QCOMPARE(entries(folder), QStringList{QStringLiteral("out.") + extension(format)});

        bool ok = false;
        const QList<SmsRecord> expected = sourceRows(cache, filter, &ok);
        QVERIFY(ok);
        QVERIFY(expected.size() >= expectedMinimum);
        QCOMPARE(written, expected.size());

        const QList<Column> cols = columns();
        QStringList names;
        for (const Column &c : cols)
            names << c.name;
        const QByteArray bytes = readAll(output);
        QString error;
        if (format == Format::Csv) {
            const QList<QStringList> records = readCsv(bytes, &error);
            QCOMPARE(error, QString());
            QCOMPARE(records.size(), expected.size() + 1);
            QCOMPARE(records.first(), names);
            for (qsizetype i = 0; i < expected.size(); ++i) {
                const QStringList &record = records.at(i + 1);
                QCOMPARE(record.size(), cols.size());
                for (qsizetype c = 0; c < cols.size(); ++c) {
                    const QString want = csvText(cols.at(c).value(expected.at(i)));
                    if (record.at(c) != want)
                        QFAIL(qPrintable(QStringLiteral("row %1 column %2: %3 instead of %4")
                                             .arg(i)
                                             .arg(cols.at(c).name, record.at(c), want)));
                }
            }
        } else {
            const QList<QJsonObject> objects = parseJsonLines(bytes, names, &error);
            QCOMPARE(error, QString());
            QCOMPARE(objects.size(), expected.size());
            for (qsizetype i = 0; i < expected.size(); ++i) {
                for (const Column &c : cols) {
                    const QJsonValue want = QJsonValue::fromVariant(c.value(expected.at(i)));
                    const QJsonValue got = objects.at(i).value(c.name);
                    if (got != want)
                        QFAIL(qPrintable(
                            QStringLiteral("row %1 key %2: %3 instead of %4")
                                .arg(i)
                                .arg(c.name, got.toVariant().toString(), want.toVariant().toString())));
                }
            }
        }
    }

    // Keys and values of cache_info, read through a read-only connection.
    static QHash<QString, QString> cacheInfo(const QString &path)
    {
        QHash<QString, QString> info;
        const QString name = QUuid::createUuid().toString();
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
            db.setDatabaseName(path);
            db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
            if (db.open()) {
                QSqlQuery query(db);
                if (query.exec(QStringLiteral("SELECT key, value FROM cache_info"))) {
                    while (query.next())
                        info.insert(query.value(0).toString(), query.value(1).toString());
                }
            }
        }
        QSqlDatabase::removeDatabase(name);
        return info;
    }

    // Runs `body` with the process's file size limit at `bytes`: writes past it fail (EFBIG)
    // the way they do on a full disk.
    static void withFileSizeLimit(rlim_t bytes, const std::function<void()> &body)
    {
        rlimit old{};
        QCOMPARE(getrlimit(RLIMIT_FSIZE, &old), 0);
        const auto oldHandler = std::signal(SIGXFSZ, SIG_IGN);
        rlimit limited = old;
        limited.rlim_cur = bytes;
        QCOMPARE(setrlimit(RLIMIT_FSIZE, &limited), 0);
        body();
        setrlimit(RLIMIT_FSIZE, &old);
        std::signal(SIGXFSZ, oldHandler);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_demoPath = m_dir.filePath(QStringLiteral("demo.sqlite"));
        QCOMPARE(writeDemoCache(m_demoPath, demoOptions(demoRows)), QString());
        DemoGenerator generator(demoOptions(demoRows));
        for (QList<SmsRecord> batch = generator.next(1000); !batch.isEmpty(); batch = generator.next(1000))
            m_demoRecords += batch;
        QCOMPARE(m_demoRecords.size(), demoRows);

        m_nastyPath = m_dir.filePath(QStringLiteral("nasty.sqlite"));
        m_nastyRecords = nastyRecords();
        CacheWriter writer;
        QCOMPARE(writer.create(m_nastyPath), QString());
        QCOMPARE(writer.write(m_nastyRecords), QString());
        QCOMPARE(writer.finish(), QString());

        // More than a page of rows sharing milliseconds, and more than a page without a time, so
        // that pages end inside a millisecond and inside the rows without a time.
        m_tiesPath = m_dir.filePath(QStringLiteral("ties.sqlite"));
        QList<SmsRecord> ties;
        const QDateTime base(QDate(2026, 8, 1), QTime(0, 0), Qt::UTC);
        for (int i = 0; i < tieRows; ++i) {
            SmsRecord r;
            r.id = QStringLiteral("tie-%1").arg(i, 5, 10, QLatin1Char('0'));
            if (i % 5 >= 2)
                r.createdAt = base.addMSecs(i / 9);
            r.status = i % 2 ? QStringLiteral("Delivered") : QStringLiteral("Failed");
            r.toNumber = QStringLiteral("+1555%1").arg(i, 7, 10, QLatin1Char('0'));
            r.costCents = i % 3;
            ties << r;
        }
        CacheWriter tieWriter;
        QCOMPARE(tieWriter.create(m_tiesPath), QString());
        QCOMPARE(tieWriter.write(ties), QString());
        QCOMPARE(tieWriter.finish(), QString());
    }

    // ---- the writers --------------------------------------------------------------------------

    void csvField_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QByteArray>("field");
        QTest::newRow("plain") << QStringLiteral("abc") << QByteArray("abc");
        QTest::newRow("empty") << QString() << QByteArray();
        QTest::newRow("spaces kept") << QStringLiteral(" a b ") << QByteArray(" a b ");
        QTest::newRow("comma") << QStringLiteral("a,b") << QByteArray("\"a,b\"");
        QTest::newRow("quote") << QStringLiteral("say \"hi\"") << QByteArray("\"say \"\"hi\"\"\"");
        QTest::newRow("only a quote") << QStringLiteral("\"") << QByteArray("\"\"\"\"");
        QTest::newRow("CRLF") << QStringLiteral("a\r\nb") << QByteArray("\"a\r\nb\"");
        QTest::newRow("CR") << QStringLiteral("a\rb") << QByteArray("\"a\rb\"");
        QTest::newRow("LF") << QStringLiteral("a\nb") << QByteArray("\"a\nb\"");
        QTest::newRow("emoji") << QString::fromUtf8("\xf0\x9f\x9a\xa8") << QByteArray("\xf0\x9f\x9a\xa8");
        QTest::newRow("leading plus") << QStringLiteral("+15551234567") << QByteArray("+15551234567");
    }

    void csvField()
    {
        QFETCH(QString, text);
        QFETCH(QByteArray, field);
        QCOMPARE(ExportWriters::csvField(text), field);
    }

    void jsonString_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QByteArray>("json");
        QTest::newRow("plain") << QStringLiteral("abc") << QByteArray("\"abc\"");
        QTest::newRow("empty") << QString() << QByteArray("\"\"");
        QTest::newRow("quote and backslash") << QStringLiteral("a\"b\\c") << QByteArray("\"a\\\"b\\\\c\"");
        QTest::newRow("line ends") << QStringLiteral("a\r\nb\tc") << QByteArray("\"a\\r\\nb\\tc\"");
        QTest::newRow("control") << QStringLiteral("\x01\x1f") << QByteArray("\"\\u0001\\u001f\"");
        QTest::newRow("line separator")
            << QStringLiteral("a\u2028b\u2029") << QByteArray("\"a\\u2028b\\u2029\"");
        QTest::newRow("emoji") << QString::fromUtf8("\xf0\x9f\x91\x8d") << QByteArray("\"\xf0\x9f\x91\x8d\"");
        QTest::newRow("arabic") << QString::fromUtf8("\xd8\xaa\xd9\x86")
                                << QByteArray("\"\xd8\xaa\xd9\x86\"");
        QTest::newRow("slash kept") << QStringLiteral("a/b") << QByteArray("\"a/b\"");
    }

    void jsonString()
    {
        QFETCH(QString, text);
        QFETCH(QByteArray, json);
        QCOMPARE(ExportWriters::jsonString(text), json);
        // What any JSON parser reads back is the text.
        const QJsonDocument document = QJsonDocument::fromJson(QByteArray("[") + json + QByteArray("]"));
        QCOMPARE(document.array().at(0).toString(), text.isNull() ? QStringLiteral("") : text);
    }

    void writersTellNumbersNullsAndText()
    {
        const QVariantList values{QVariant(),          QVariant(QMetaType::fromType<QString>()),
                                  QVariant(qint64(0)), QVariant(qint64(9007199254740993)),
                                  QStringLiteral(""),  QStringLiteral("7")};
        QByteArray csv;
        ExportWriters::appendCsvRecord(csv, values);
        QCOMPARE(csv, QByteArray(",,0,9007199254740993,,7\r\n"));
        QByteArray json;
        ExportWriters::appendJsonLine(json,
                                      {QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c"),
                                       QStringLiteral("d"), QStringLiteral("e"), QStringLiteral("f")},
                                      values);
        QCOMPARE(
            json,
            QByteArray("{\"a\":null,\"b\":null,\"c\":0,\"d\":9007199254740993,\"e\":\"\",\"f\":\"7\"}\n"));
    }

    // ---- redaction helpers --------------------------------------------------------------------

    void maskPhoneNumber_data()
    {
        QTest::addColumn<QString>("number");
        QTest::addColumn<QString>("masked");
        QTest::newRow("E.164") << QStringLiteral("+15551234567") << QStringLiteral("+*******4567");
        QTest::newRow("formatted") << QStringLiteral("(555) 123-4567") << QStringLiteral("(***) ***-4567");
        QTest::newRow("spaces") << QStringLiteral("+44 7700 900123") << QStringLiteral("+** **** **0123");
        QTest::newRow("short code") << QStringLiteral("12345") << QStringLiteral("*2345");
        QTest::newRow("four digits") << QStringLiteral("4567") << QStringLiteral("4567");
        QTest::newRow("alphanumeric sender") << QStringLiteral("ACME") << QStringLiteral("ACME");
        QTest::newRow("empty") << QString() << QString();
    }

    void maskPhoneNumber()
    {
        QFETCH(QString, number);
        QFETCH(QString, masked);
        QCOMPARE(CacheExport::maskPhoneNumber(number), masked);
        QCOMPARE(CacheExport::maskPhoneNumber(number).size(), number.size());
    }

    void maskPhoneNumbersIn_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("masked");
        QTest::newRow("twilio error")
            << QStringLiteral("The 'To' number +15551234567 is not a valid phone number.")
            << QStringLiteral("The 'To' number +*******4567 is not a valid phone number.");
        QTest::newRow("two numbers")
            << QStringLiteral(
                   "The 'To' phone number: +447700900123, is not reachable from +12065550123 via SMS.")
            << QStringLiteral(
                   "The 'To' phone number: +********0123, is not reachable from +*******0123 via SMS.");
        QTest::newRow("formatted") << QStringLiteral("call (555) 123-4567 or 555.765.4321.")
                                   << QStringLiteral("call (***) ***-4567 or ***.***.4321.");
        QTest::newRow("message id")
            << QStringLiteral("Delivery status: Failed. Message ID: SM0123456789abcdef0123456789abcdef. "
                              "Provider error code: 30007.")
            << QStringLiteral("Delivery status: Failed. Message ID: SM0123456789abcdef0123456789abcdef. "
                              "Provider error code: 30007.");
        QTest::newRow("uuid") << QStringLiteral("Project 5f3a1b2c-1234-5678-9abc-def012345678 not found.")
                              << QStringLiteral("Project 5f3a1b2c-1234-5678-9abc-def012345678 not found.");
        QTest::newRow("amounts")
            << QStringLiteral("Current balance is 0.05 USD. Required balance is 0.10 USD.")
            << QStringLiteral("Current balance is 0.05 USD. Required balance is 0.10 USD.");
        QTest::newRow("ip address (masked too)") << QStringLiteral("connect ETIMEDOUT 54.172.60.2:443")
                                                 << QStringLiteral("connect ETIMEDOUT **.**2.60.2:443");
        QTest::newRow("arabic-indic digits")
            << QString::fromUtf8("\xd8\xb1\xd9\x82\xd9\x85 "
                                 "\xd9\xa0\xd9\xa1\xd9\xa2\xd9\xa3\xd9\xa4\xd9\xa5\xd9\xa6\xd9\xa7")
            << QString::fromUtf8("\xd8\xb1\xd9\x82\xd9\x85 ****\xd9\xa4\xd9\xa5\xd9\xa6\xd9\xa7");
        QTest::newRow("nothing") << QString() << QString();
    }

    void maskPhoneNumbersIn()
    {
        QFETCH(QString, text);
        QFETCH(QString, masked);
        QCOMPARE(CacheExport::maskPhoneNumbersIn(text), masked);
    }

    void filterDescriptions()
    {
        SmsFilter f;
        QCOMPARE(CacheExport::filterDescription(f, false), QStringLiteral("all messages"));
        f.statuses = {QStringLiteral("Failed"), QStringLiteral("Undelivered")};
        f.sentFrom = QDateTime(QDate(2026, 8, 1), QTime(0, 0), Qt::UTC);
        f.sentTo = QDateTime(QDate(2026, 8, 20), QTime(0, 0), Qt::UTC);
        QCOMPARE(CacheExport::filterDescription(f, false),
                 QStringLiteral("status Failed, Undelivered; sent 2026-08-01 \u2026 2026-08-20"));
        f = {};
        f.toNumber = QStringLiteral("+15551234567");
        f.text = QStringLiteral("server down");
        QCOMPARE(CacheExport::filterDescription(f, false),
                 QStringLiteral("to number containing \"+15551234567\"; text containing \"server down\""));
        QCOMPARE(CacheExport::filterDescription(f, true),
                 QStringLiteral("to number containing \"+*******4567\"; text search (words withheld)"));
    }

    void csvColumnsAreTheApiNames()
    {
        QStringList names;
        for (const Column &c : columns())
            names << c.name;
        QCOMPARE(CacheExport::csvColumns(), names);
    }

    // ---- exports against the source -----------------------------------------------------------

    void textExportsMatchTheSource_data()
    {
        QTest::addColumn<Format>("format");
        QTest::addColumn<QString>("filter");
        for (const Format format : {Format::Csv, Format::JsonLines}) {
            for (const QString &filter : demoFilterNames())
                QTest::addRow("%s %s", qPrintable(extension(format)), qPrintable(filter)) << format << filter;
        }
    }

    void textExportsMatchTheSource()
    {
        QFETCH(Format, format);
        QFETCH(QString, filter);
        compareTextExport(m_demoPath, demoFilter(filter), format, filter == u"nothing" ? 0 : 1);
    }

    void nastyValuesRoundTrip_data()
    {
        QTest::addColumn<Format>("format");
        QTest::newRow("csv") << Format::Csv;
        QTest::newRow("jsonl") << Format::JsonLines;
    }

    void nastyValuesRoundTrip()
    {
        QFETCH(Format, format);
        compareTextExport(m_nastyPath, {}, format, m_nastyRecords.size());
        if (QTest::currentTestFailed())
            return;
        SmsFilter project;
        project.projectId = QStringLiteral("project-b");
        compareTextExport(m_nastyPath, project, format, 2);
        if (QTest::currentTestFailed())
            return;

        // The cost above 2^53 is written exactly (QJsonValue, a double, cannot show that).
        const QString output = freshFolder() + QStringLiteral("/big.") + extension(format);
        CacheExport::Options options;
        options.format = format;
        QCOMPARE(CacheExport::exportRows(m_nastyPath, {}, output, options), QString());
        const QByteArray bytes = readAll(output);
        QVERIFY(bytes.contains(format == Format::Csv
                                   ? QByteArray(",9007199254740993,")
                                   : QByteArray("\"smsCostInUSDCents\":9007199254740993,")));
        if (format == Format::Csv) {
            QVERIFY(!bytes.startsWith("\xef\xbb\xbf"));
            QVERIFY(bytes.startsWith("_id,createdAt,updatedAt,projectId,toNumber,"));
        } else {
            QVERIFY(!bytes.contains("_type\":"));
            QVERIFY(!bytes.contains('\r')); // escaped inside strings
        }
        // Newest first, the row without a time last; rows of the same millisecond by rid, newest
        // first, as the app shows them.
        QList<QByteArray> ids;
        for (const char *id : {"nasty-4", "nasty-3", "nasty-2", "nasty-1", "nasty-6", "nasty-5"})
            ids << QByteArray(id);
        qsizetype at = 0;
        for (const QByteArray &id : ids) {
            const qsizetype found = bytes.indexOf(id, at);
            QVERIFY2(found >= 0, id.constData());
            at = found;
        }
    }

    void pagesKeepTheOrderOfTiesAndUntimedRows_data()
    {
        QTest::addColumn<Format>("format");
        QTest::addColumn<bool>("sorted"); // with a status filter (read as RowPager plans it)
        for (const Format format : {Format::Csv, Format::JsonLines, Format::Sqlite}) {
            QTest::addRow("%s all", qPrintable(extension(format))) << format << false;
            QTest::addRow("%s one status", qPrintable(extension(format))) << format << true;
        }
    }

    void pagesKeepTheOrderOfTiesAndUntimedRows()
    {
        QFETCH(Format, format);
        QFETCH(bool, sorted);
        SmsFilter filter;
        if (sorted)
            filter.statuses = {QStringLiteral("Delivered")};
        const qint64 expectedRows = sorted ? tieRows / 2 : tieRows;
        if (format != Format::Sqlite)
            return compareTextExport(m_tiesPath, filter, format, expectedRows);

        const QString output = freshFolder() + QStringLiteral("/ties.sqlite");
        CacheExport::Options options;
        options.format = format;
        qint64 written = 0;
        QCOMPARE(CacheExport::exportRows(m_tiesPath, filter, output, options, {}, &written), QString());
        QCOMPARE(written, expectedRows);
        bool ok = false;
        const QList<SmsRecord> expected = sourceRows(m_tiesPath, filter, &ok);
        QVERIFY(ok);
        QCOMPARE(expected.size(), expectedRows);
        const QList<SmsRecord> got = sourceRows(output, {}, &ok);
        QVERIFY(ok);
        QCOMPARE(got, expected);
    }

    void syncMayWriteDuringAnExport_data()
    {
        QTest::addColumn<bool>("sorted");
        QTest::newRow("all") << false;
        QTest::newRow("two statuses") << true;
    }

    // Between pages the export holds no lock: a sync commits into the cache meanwhile, and the
    // rows it adds are not part of the export that started before them.
    void syncMayWriteDuringAnExport()
    {
        QFETCH(bool, sorted);
        const QString folder = freshFolder();
        const QString cache = folder + QStringLiteral("/live.sqlite");
        QVERIFY(QFile::copy(m_demoPath, cache));
        SmsFilter filter;
        if (sorted)
            filter.statuses = {QStringLiteral("Delivered"), QStringLiteral("Error")};
        bool ok = false;
        const QList<SmsRecord> before = sourceRows(cache, filter, &ok);
        QVERIFY(ok);

        CacheWriter sync;
        QCOMPARE(sync.open(cache), QString());
        int call = 0;
        QStringList writeErrors;
        const auto progress = [&](qint64, qint64) {
            if (++call == 2) {
                QList<SmsRecord> added;
                for (const int minutes : {-600000, 5, 600000}) { // older than all, within, newer
                    SmsRecord r = m_demoRecords.at(1234);
                    r.id = QStringLiteral("added-during-export-%1").arg(minutes);
                    r.createdAt = m_demoRecords.at(2000).createdAt.addSecs(minutes * 60);
                    r.status = QStringLiteral("Delivered");
                    added << r;
                }
                writeErrors << sync.write(added);
            }
            return true;
        };
        const QString output = folder + QStringLiteral("/out.csv");
        qint64 written = 0;
        CacheExport::Options options;
        QCOMPARE(CacheExport::exportRows(cache, filter, output, options, progress, &written), QString());
        QCOMPARE(writeErrors, QStringList{QString()});
        QCOMPARE(written, before.size());
        const QByteArray bytes = readAll(output);
        QVERIFY(!bytes.contains("added-during-export"));
        QString error;
        const QList<QStringList> records = readCsv(bytes, &error);
        QCOMPARE(error, QString());
        QCOMPARE(records.size(), before.size() + 1);
        for (qsizetype i = 0; i < before.size(); ++i)
            QCOMPARE(records.at(i + 1).first(), before.at(i).id);
        sync.close();
        // The rows are in the cache all the same.
        QCOMPARE(sourceRows(cache, filter, &ok).size(), before.size() + 3);
    }

    // ---- snapshots ----------------------------------------------------------------------------

    void snapshotHoldsTheFilteredRows_data()
    {
        QTest::addColumn<QString>("filter");
        for (const QString &filter : demoFilterNames())
            QTest::newRow(qPrintable(filter)) << filter;
    }

    void snapshotHoldsTheFilteredRows()
    {
        QFETCH(QString, filter);
        const SmsFilter f = demoFilter(filter);
        const QString folder = freshFolder();
        const QString output = folder + QStringLiteral("/snapshot.sqlite");
        CacheExport::Options options;
        options.format = Format::Sqlite;
        options.sourceDescription = QStringLiteral("demo cache for the test");
        qint64 written = -1;
        const QDateTime before = QDateTime::currentDateTimeUtc().addMSecs(-1);
        QCOMPARE(CacheExport::exportRows(m_demoPath, f, output, options, {}, &written), QString());
        QCOMPARE(entries(folder), QStringList{QStringLiteral("snapshot.sqlite")});

        bool ok = false;
        const QList<SmsRecord> expected = sourceRows(m_demoPath, f, &ok);
        QVERIFY(ok);
        QCOMPARE(written, expected.size());
        // The snapshot opens in the app like any cache and shows the same rows in the same order.
        const QList<SmsRecord> got = sourceRows(output, {}, &ok);
        QVERIFY(ok);
        QCOMPARE(got.size(), expected.size());
        for (qsizetype i = 0; i < got.size(); ++i)
            QVERIFY2(got.at(i) == expected.at(i), qPrintable(expected.at(i).id));

        const QHash<QString, QString> info = cacheInfo(output);
        QCOMPARE(info.value(QStringLiteral("snapshot_source")), options.sourceDescription);
        QCOMPARE(info.value(QStringLiteral("snapshot_rows")), QString::number(expected.size()));
        QCOMPARE(info.value(QStringLiteral("snapshot_redacted")), QStringLiteral("no"));
        QCOMPARE(info.value(QStringLiteral("snapshot_app_version")), QStringLiteral(SMSLOG_VERSION));
        QCOMPARE(info.value(QStringLiteral("snapshot_filter")), CacheExport::filterDescription(f, false));
        const QDateTime time
            = QDateTime::fromString(info.value(QStringLiteral("snapshot_time")), Qt::ISODateWithMs);
        QVERIFY(time.isValid());
        QCOMPARE(time.timeSpec(), Qt::UTC);
        QVERIFY(time >= before && time <= QDateTime::currentDateTimeUtc());
        QHash<QString, QString> projects;
        for (const SmsRecord &r : expected)
            projects.insert(r.projectId, r.projectName);
        const QJsonArray listed
            = QJsonDocument::fromJson(info.value(QStringLiteral("snapshot_projects")).toUtf8()).array();
        QCOMPARE(listed.size(), projects.size());
        for (const QJsonValue &project : listed) {
            const QString id = project.toObject().value(QStringLiteral("id")).toString();
            QVERIFY(projects.contains(id));
            QCOMPARE(project.toObject().value(QStringLiteral("name")).toString(), projects.value(id));
        }
    }

    void snapshotOfNastyValues()
    {
        const QString output = freshFolder() + QStringLiteral("/nasty-snapshot.sqlite");
        CacheExport::Options options;
        options.format = Format::Sqlite;
        QCOMPARE(CacheExport::exportRows(m_nastyPath, {}, output, options), QString());
        bool ok = false;
        const QList<SmsRecord> expected = sourceRows(m_nastyPath, {}, &ok);
        QVERIFY(ok);
        QCOMPARE(sourceRows(output, {}, &ok), expected);
        QVERIFY(ok);
    }

    void snapshotIsReadOnlyInTheApp()
    {
        const QString output = freshFolder() + QStringLiteral("/snapshot.sqlite");
        CacheExport::Options options;
        options.format = Format::Sqlite;
        QCOMPARE(
            CacheExport::exportRows(m_demoPath, demoFilter(QStringLiteral("time range")), output, options),
            QString());
        const QByteArray hash = hashOf(output);
        {
            SqliteCacheSource source(output);
            QSignalSpy opened(&source, &SmsLogSource::opened);
            QSignalSpy checked(&source, &SqliteCacheSource::integrityChecked);
            source.open();
            QVERIFY(opened.wait(10000));
            QVERIFY(checked.wait(10000));
            QCOMPARE(checked.first().first().toBool(), true);
            const auto counted = waitFor(&source, &SmsLogSource::countFetched, source.requestCount({}));
            QVERIFY(!counted.isEmpty());
            QVERIFY(counted.at(1).toLongLong() > 0);
        }
        // A write through the read-only connection the app uses fails.
        const QString name = QUuid::createUuid().toString();
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
            db.setDatabaseName(output);
            db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
            QVERIFY(db.open());
            QSqlQuery query(db);
            QVERIFY(!query.exec(QStringLiteral("INSERT INTO cache_info (key, value) VALUES ('x', 'y')")));
            QVERIFY(!query.exec(QStringLiteral("DELETE FROM sms_log")));
        }
        QSqlDatabase::removeDatabase(name);
        QCOMPARE(hashOf(output), hash);
        QCOMPARE(entries(QFileInfo(output).absolutePath()), QStringList{QStringLiteral("snapshot.sqlite")});
    }

    // ---- redaction ----------------------------------------------------------------------------

    void redactionLeavesNoNumberOrText_data()
    {
        QTest::addColumn<Format>("format");
        QTest::addColumn<bool>("nasty");
        for (const Format format : {Format::Csv, Format::JsonLines, Format::Sqlite}) {
            QTest::addRow("%s demo", qPrintable(extension(format))) << format << false;
            QTest::addRow("%s nasty", qPrintable(extension(format))) << format << true;
        }
    }

    void redactionLeavesNoNumberOrText()
    {
        QFETCH(Format, format);
        QFETCH(bool, nasty);
        const QString cache = nasty ? m_nastyPath : m_demoPath;
        const QString output = freshFolder() + QStringLiteral("/redacted.") + extension(format);
        CacheExport::Options options;
        options.format = format;
        options.redact = true;
        SmsFilter filter;
        if (!nasty)
            filter.toNumber = m_demoRecords.at(7).toNumber; // the filter's description is redacted too
        qint64 written = 0;
        QCOMPARE(CacheExport::exportRows(cache, filter, output, options, {}, &written), QString());
        QVERIFY(written > 0);
        const QByteArray bytes = readAll(output);

        bool ok = false;
        const QList<SmsRecord> all = sourceRows(cache, {}, &ok); // every row, exported or not
        QVERIFY(ok);
        QSet<QString> numbers;
        QSet<QString> texts;
        for (const SmsRecord &r : all) {
            for (const QString &number : {r.toNumber, r.fromNumber}) {
                QString digits = number;
                digits.removeIf([](QChar c) { return !c.isDigit(); });
                if (digits.size() >= CacheExport::minimumPhoneDigits) {
                    numbers << number.trimmed() << digits;
                    if (digits.size() > 10)
                        numbers << digits.right(10); // the national part
                }
            }
            if (r.smsText.trimmed().size() >= 6)
                texts << r.smsText;
        }
        if (nasty) {
            // Numbers in the status messages, in the forms written there.
            numbers << QStringLiteral("+44 7700 900123") << QStringLiteral("7700 900123")
                    << QStringLiteral("415.555.0100") << QStringLiteral("(415) 555-0199")
                    << QStringLiteral("+4915112345678");
        }
        QVERIFY(!numbers.isEmpty());
        QVERIFY(!texts.isEmpty());
        for (const QString &number : std::as_const(numbers))
            QVERIFY2(!bytes.contains(number.toUtf8()), qPrintable(number));
        for (const QString &text : std::as_const(texts)) {
            QVERIFY2(!bytes.contains(text.toUtf8()), qPrintable(text.left(40)));
            // And as the text formats would write it.
            QVERIFY2(!bytes.contains(ExportWriters::csvField(text)), qPrintable(text.left(40)));
            QVERIFY2(!bytes.contains(ExportWriters::jsonString(text)), qPrintable(text.left(40)));
        }

        // What is left: the last four digits, no SMS text, everything else as it was.
        const QStringList names = CacheExport::csvColumns();
        QList<QJsonObject> objects;
        if (format == Format::Csv) {
            QString error;
            const QList<QStringList> records = readCsv(bytes, &error);
            QCOMPARE(error, QString());
            for (qsizetype i = 1; i < records.size(); ++i) {
                QJsonObject object;
                for (qsizetype c = 0; c < names.size(); ++c)
                    object.insert(names.at(c), records.at(i).at(c));
                objects << object;
            }
        } else if (format == Format::JsonLines) {
            QString error;
            objects = parseJsonLines(bytes, names, &error);
            QCOMPARE(error, QString());
        } else {
            const QList<SmsRecord> snapshot = sourceRows(output, {}, &ok);
            QVERIFY(ok);
            for (const SmsRecord &r : snapshot) {
                objects << QJsonObject{{QStringLiteral("_id"), r.id},
                                       {QStringLiteral("toNumber"), jsonText(r.toNumber)},
                                       {QStringLiteral("fromNumber"), jsonText(r.fromNumber)},
                                       {QStringLiteral("smsText"), jsonText(r.smsText)},
                                       {QStringLiteral("status"), jsonText(r.status)},
                                       {QStringLiteral("userEmail"), jsonText(r.link(LinkKind::User).email)}};
            }
            const QHash<QString, QString> info = cacheInfo(output);
            QCOMPARE(info.value(QStringLiteral("snapshot_redacted")), QStringLiteral("yes"));
            QCOMPARE(info.value(QStringLiteral("snapshot_filter")),
                     CacheExport::filterDescription(filter, true));
        }
        QCOMPARE(objects.size(), written);
        QHash<QString, SmsRecord> byId;
        for (const SmsRecord &r : all)
            byId.insert(r.id, r);
        for (const QJsonObject &object : std::as_const(objects)) {
            const SmsRecord original = byId.value(object.value(QStringLiteral("_id")).toString());
            QVERIFY(!original.id.isEmpty());
            const QString to = object.value(QStringLiteral("toNumber")).toString();
            QCOMPARE(to, CacheExport::maskPhoneNumber(original.toNumber));
            QCOMPARE(to.right(4), original.toNumber.right(4));
            QCOMPARE(object.value(QStringLiteral("fromNumber")).toString(),
                     CacheExport::maskPhoneNumber(original.fromNumber));
            const QJsonValue sms = object.value(QStringLiteral("smsText"));
            QVERIFY(sms.isNull() || sms.toString().isEmpty());
            QCOMPARE(object.value(QStringLiteral("status")).toString(), original.status);
            // Names and emails of linked users are kept.
            QCOMPARE(object.value(QStringLiteral("userEmail")).toString(),
                     original.link(LinkKind::User).email);
        }
    }

    // ---- failures leave the previous file -----------------------------------------------------

    void cancelLeavesThePreviousFile_data()
    {
        QTest::addColumn<Format>("format");
        QTest::addColumn<int>("cancelAtCall"); // 1 = the first call; -1 = the last one
        for (const Format format : {Format::Csv, Format::JsonLines, Format::Sqlite}) {
            QTest::addRow("%s at start", qPrintable(extension(format))) << format << 1;
            QTest::addRow("%s midway", qPrintable(extension(format))) << format << 2;
            QTest::addRow("%s at the end", qPrintable(extension(format))) << format << -1;
        }
    }

    void cancelLeavesThePreviousFile()
    {
        QFETCH(Format, format);
        QFETCH(int, cancelAtCall);
        const QString folder = freshFolder();
        const QString output = folder + QStringLiteral("/previous.") + extension(format);
        const QByteArray previous("the previous export\r\n");
        writeFile(output, previous);

        CacheExport::Options options;
        options.format = format;
        // Count the calls of a complete export first, to cancel at its last one.
        int calls = 0;
        qint64 lastDone = -1;
        qint64 lastTotal = -1;
        if (cancelAtCall == -1) {
            const QString probe = freshFolder() + QStringLiteral("/probe.") + extension(format);
            QCOMPARE(CacheExport::exportRows(m_demoPath, {}, probe, options,
                                             [&](qint64 done, qint64 total) {
                                                 ++calls;
                                                 lastDone = done;
                                                 lastTotal = total;
                                                 return true;
                                             }),
                     QString());
            QCOMPARE(lastDone, demoRows);
            QCOMPARE(lastTotal, demoRows);
            QVERIFY(calls >= 3);
            cancelAtCall = calls;
        }
        int call = 0;
        qint64 written = -1;
        const QString error = CacheExport::exportRows(
            m_demoPath, {}, output, options, [&](qint64, qint64) { return ++call < cancelAtCall; }, &written);
        QCOMPARE(error, QStringLiteral("The export was cancelled."));
        QCOMPARE(call, cancelAtCall);
        QCOMPARE(written, 0);
        QCOMPARE(readAll(output), previous);
        QCOMPARE(entries(folder), QStringList{QFileInfo(output).fileName()});

        // Not cancelled, it replaces the previous file, and leaves nothing else.
        QCOMPARE(CacheExport::exportRows(
                     m_demoPath, {}, output, options, [](qint64, qint64) { return true; }, &written),
                 QString());
        QCOMPARE(written, demoRows);
        QVERIFY(readAll(output).size() > 100000);
        QCOMPARE(entries(folder), QStringList{QFileInfo(output).fileName()});
    }

    void writeFailureLeavesThePreviousFile_data()
    {
        QTest::addColumn<Format>("format");
        QTest::newRow("csv") << Format::Csv;
        QTest::newRow("jsonl") << Format::JsonLines;
        QTest::newRow("sqlite") << Format::Sqlite;
    }

    // A full disk, imitated with the file size limit.
    void writeFailureLeavesThePreviousFile()
    {
        QFETCH(Format, format);
        const QString folder = freshFolder();
        const QString output = folder + QStringLiteral("/previous.") + extension(format);
        const QByteArray previous("the previous export\r\n");
        writeFile(output, previous);
        CacheExport::Options options;
        options.format = format;
        QString error;
        withFileSizeLimit(200 * 1024,
                          [&] { error = CacheExport::exportRows(m_demoPath, {}, output, options); });
        QVERIFY(!error.isEmpty());
        QVERIFY2(error.startsWith(QStringLiteral("The export could not be written to ")), qPrintable(error));
        QVERIFY(!error.contains(u'\n'));
        qInfo("disk full: %s", qPrintable(error));
        QCOMPARE(readAll(output), previous);
        QCOMPARE(entries(folder), QStringList{QFileInfo(output).fileName()});
    }

    void unwritableFolderLeavesThePreviousFile_data() { writeFailureLeavesThePreviousFile_data(); }

    void unwritableFolderLeavesThePreviousFile()
    {
        QFETCH(Format, format);
        const QString folder = freshFolder();
        const QString output = folder + QStringLiteral("/previous.") + extension(format);
        const QByteArray previous("the previous export\r\n");
        writeFile(output, previous);
        QVERIFY(QFile::setPermissions(folder,
                                      QFile::ReadOwner | QFile::ExeOwner | QFile::ReadGroup | QFile::ExeGroup
                                          | QFile::ReadOther | QFile::ExeOther));
        // Root writes into read-only folders all the same: export as nobody then. The test's
        // folder and the cache must be readable for that.
        // Root writes into read-only folders all the same: export as nobody then. The test's
        // folder and the cache must be readable for that. (The process keeps root's groups: the
        // group bits count, not the others'.)
        struct Identity {
            bool changed = false;
            ~Identity()
            {
                if (changed && seteuid(0) != 0)
                    qFatal("cannot return to root");
            }
        } identity;
        if (geteuid() == 0) {
            QVERIFY(QFile::setPermissions(m_dir.path(),
                                          QFile::permissions(m_dir.path()) | QFile::ReadGroup
                                              | QFile::ExeGroup | QFile::ReadOther | QFile::ExeOther));
            QVERIFY(QFile::setPermissions(
                m_demoPath, QFile::permissions(m_demoPath) | QFile::ReadGroup | QFile::ReadOther));
            if (seteuid(65534) != 0)
                QSKIP("running as root without the right to change the effective user");
            identity.changed = true;
        }
        CacheExport::Options options;
        options.format = format;
        const QString error = CacheExport::exportRows(m_demoPath, {}, output, options);
        if (identity.changed) {
            QCOMPARE(seteuid(0), 0);
            identity.changed = false;
        }
        QFile::setPermissions(folder, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        QCOMPARE(error,
                 QStringLiteral("The folder %1 cannot be written to.").arg(QDir::toNativeSeparators(folder)));
        QCOMPARE(readAll(output), previous);
        QCOMPARE(entries(folder), QStringList{QFileInfo(output).fileName()});
    }

    void errorsAreOneSentence_data()
    {
        QTest::addColumn<QString>("cache");
        QTest::addColumn<QString>("output");
        QTest::addColumn<QString>("expected");
        const QString missing = m_dir.filePath(QStringLiteral("missing.sqlite"));
        const QString text = m_dir.filePath(QStringLiteral("not-a-cache.txt"));
        writeFile(text,
                  QByteArray("just some text, long enough to be more than a header would be; ").repeated(4));
        const QString foreign = m_dir.filePath(QStringLiteral("foreign.sqlite"));
        if (!QFileInfo::exists(foreign)) {
            const QString name = QUuid::createUuid().toString();
            {
                QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
                db.setDatabaseName(foreign);
                QVERIFY(db.open());
                QVERIFY(QSqlQuery(db).exec(QStringLiteral("CREATE TABLE t (x)")));
            }
            QSqlDatabase::removeDatabase(name);
        }
        const QString out = m_dir.filePath(QStringLiteral("out.csv"));
        const auto n = [](const QString &path) { return QDir::toNativeSeparators(path); };
        QTest::newRow("no cache")
            << missing << out
            << QStringLiteral("The cache file %1 does not exist or is not a file.").arg(n(missing));
        QTest::newRow("not a database")
            << text << out
            << QStringLiteral("The file %1 is damaged or is not an SQLite database.").arg(n(text));
        QTest::newRow("not a cache")
            << foreign << out
            << QStringLiteral("The file %1 is not an SMS Log Viewer cache.").arg(n(foreign));
        QTest::newRow("no folder") << m_demoPath << m_dir.filePath(QStringLiteral("no/such/folder/out.csv"))
                                   << QStringLiteral("The folder %1 does not exist.")
                                          .arg(n(m_dir.filePath(QStringLiteral("no/such/folder"))));
        QTest::newRow("a folder")
            << m_demoPath << m_dir.path()
            << QStringLiteral("%1 is a folder; choose a file name to export to.").arg(n(m_dir.path()));
        QTest::newRow("over the cache")
            << m_demoPath << m_demoPath
            << QStringLiteral("The export cannot replace the cache it reads from.");
    }

    void errorsAreOneSentence()
    {
        QFETCH(QString, cache);
        QFETCH(QString, output);
        QFETCH(QString, expected);
        const QByteArray cacheBefore = hashOf(m_demoPath);
        for (const Format format : {Format::Csv, Format::JsonLines, Format::Sqlite}) {
            CacheExport::Options options;
            options.format = format;
            qint64 written = -1;
            QCOMPARE(CacheExport::exportRows(cache, {}, output, options, {}, &written), expected);
            QCOMPARE(written, 0);
        }
        QVERIFY(!QFileInfo::exists(m_dir.filePath(QStringLiteral("out.csv"))));
        QCOMPARE(hashOf(m_demoPath), cacheBefore);
    }

    void invalidFilterIsRefused()
    {
        SmsFilter f;
        f.sentFrom = QDateTime(QDate(2026, 8, 2), QTime(0, 0), Qt::UTC);
        f.sentTo = QDateTime(QDate(2026, 8, 1), QTime(0, 0), Qt::UTC);
        const QString output = m_dir.filePath(QStringLiteral("invalid.csv"));
        QCOMPARE(CacheExport::exportRows(m_demoPath, f, output, {}), f.validationError());
        QVERIFY(!QFileInfo::exists(output));
    }

    // ---- speed (printed, not asserted) --------------------------------------------------------

    void exportSpeed()
    {
        const qint64 rows = 20000;
        const QString cache = m_dir.filePath(QStringLiteral("speed.sqlite"));
        QCOMPARE(writeDemoCache(cache, demoOptions(rows)), QString());
        const QString folder = freshFolder();
        for (const Format format : {Format::Csv, Format::JsonLines, Format::Sqlite}) {
            for (const bool filtered : {false, true}) {
                SmsFilter filter;
                if (filtered)
                    filter.statuses
                        = {QStringLiteral("Delivered"), QStringLiteral("Success"), QStringLiteral("Sent")};
                CacheExport::Options options;
                options.format = format;
                qint64 written = 0;
                QElapsedTimer timer;
                timer.start();
                const QString output = folder + QStringLiteral("/speed.") + extension(format);
                QCOMPARE(CacheExport::exportRows(cache, filter, output, options, {}, &written), QString());
                const qint64 ms = std::max<qint64>(1, timer.elapsed());
                QVERIFY(written > 0);
                qInfo("%s%s: %lld rows in %lld ms, %lld rows/s, %lld bytes", qPrintable(extension(format)),
                      filtered ? " (3 statuses)" : "", written, ms, written * 1000 / ms,
                      QFileInfo(output).size());
                if (filtered && format != Format::Sqlite) {
                    // Large enough to cross many pages: check it against the source too.
                    compareTextExport(cache, filter, format, rows / 2);
                }
            }
        }
    }
};

QTEST_GUILESS_MAIN(TestCacheExport)
#include "tst_cacheexport.moc"
