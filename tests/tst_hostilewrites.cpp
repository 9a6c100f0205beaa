// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 SMS Log Viewer contributors
#include "appcontroller.h"
#include "cacheexport.h"
#include "cacheschema.h"
#include "cachesync.h"
#include "cachewriter.h"
#include "demogenerator.h"
#include "mainwindow.h"
#include "oneuptimeserver.h"
#include "smslogtablemodel.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QLabel>
#include <QProcess>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>
#include <cerrno>
#include <csignal>
#include <sys/mount.h>
#include <sys/stat.h>
#include <sys/statvfs.h>
#include <unistd.h>

// Hostile and damaged files, part two (issue 6): what tst_cacheschema, tst_cachesync and
// tst_cacheexport leave out. A file the user may not read (the `smslog` tool run as nobody, and the
// window with nobody's effective user id); every hostile file refused by a sync (never written, a
// planted trigger never fires) and shown as a message in the window, never as an empty table; a
// full disk (a small tmpfs) during a sync, an upgrade and an export: a clear message, the previous
// file intact or absent, no journal or temporary file left, and a sync that continues once space
// is freed, keeping every row; `smslog export` killed with SIGKILL at several points: the
// destination is the previous file or the complete new one, never part of one.
//
// Runs as root (CI) and as a normal user (a developer), checking the same things either way:
// - The full disk is a tmpfs mounted by the test. As root, in this process. As a normal user, the
//   disk-full cases (every row of diskFullDuringSync and diskFullDuringExport) run once in a child
//   copy of this test started in a new user and mount namespace (`unshare --user --map-root-user
//   --mount`), where it is root and may mount a tmpfs that nobody else sees; each row here passes
//   when the same row passed there, and fails with what it said. Where no user namespace may mount
//   a tmpfs (a kernel or container that forbids them) those rows are skipped, saying why: the
//   other way to fill a disk, a file size limit, fails writes with EFBIG, which neither SQLite nor
//   the export takes for a full disk, so it could not check the message the cases are about.
// - A file the user may not read: as root, `smslog` runs as nobody (setpriv) and the window opens
//   files with nobody's effective user id; as a normal user, the test locks itself out of its own
//   file (mode 000) or folder (no search permission), and looks at them afterwards by granting
//   itself the permission for that look only.
// Every mount is undone by its guard and again by cleanupTestCase().

namespace {

using Format = CacheExport::Format;

constexpr uid_t nobody = 65534;

QString extension(Format format)
{
    switch (format) {
    case Format::Csv: return QStringLiteral("csv");
    case Format::JsonLines: return QStringLiteral("jsonl");
    case Format::Sqlite: return QStringLiteral("sqlite");
    }
    return {};
}

// SHA-256 of a file, "absent" when there is no such file.
QByteArray fingerprint(const QString &path)
{
    QFile file(path);
    if (!QFileInfo(path).isFile())
        return QByteArrayLiteral("absent");
    if (!file.open(QIODevice::ReadOnly))
        return QByteArrayLiteral("unreadable");
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256).toHex();
}

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArrayLiteral("(absent)");
}

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(bytes) == bytes.size();
}

// Every name in a folder, hidden ones included, sorted.
QStringList entries(const QString &folder)
{
    return QDir(folder).entryList(QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot,
                                  QDir::Name);
}

qint64 freeBytes(const QString &folder)
{
    struct statvfs info;
    if (::statvfs(QFile::encodeName(folder).constData(), &info) != 0)
        return -1;
    return qint64(info.f_bavail) * qint64(info.f_frsize);
}

// Runs statements on a file through a short-lived connection of its own.
bool execOn(const QString &path, const QStringList &statements)
{
    const QString name = QUuid::createUuid().toString();
    bool ok = true;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        ok = db.open();
        for (const QString &statement : statements)
            ok = ok && QSqlQuery(db).exec(statement);
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return ok;
}

// The first value of `sql` on a file opened read-only (never created), or an invalid QVariant.
QVariant valueOf(const QString &path, const QString &sql)
{
    const QString name = QUuid::createUuid().toString();
    QVariant value;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        if (QFileInfo(path).isFile() && db.open()) {
            QSqlQuery query(db);
            if (query.exec(sql) && query.next())
                value = query.value(0);
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return value;
}

// id → status of every row of a cache file (empty when there is none).
QHash<QString, QString> cacheRows(const QString &path)
{
    const QString name = QUuid::createUuid().toString();
    QHash<QString, QString> rows;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        if (QFileInfo(path).isFile() && db.open()) {
            QSqlQuery query(db);
            if (query.exec(QStringLiteral("SELECT id, status FROM sms_log")))
                while (query.next())
                    rows.insert(query.value(0).toString(), query.value(1).toString());
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return rows;
}

// A whole cache of this version: opens the way the app does and passes SQLite's integrity check.
QString cacheProblem(const QString &path)
{
    const QString name = QUuid::createUuid().toString();
    QString problem;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        if (const auto error = CacheSchema::openReadOnly(db, path))
            problem = error->message + u' ' + error->detail;
        else if (const auto damaged = CacheSchema::checkIntegrity(db))
            problem = damaged->message + u' ' + damaged->detail;
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return problem;
}

SmsRecord oldRecord(int n)
{
    SmsRecord r;
    r.id = QStringLiteral("00000000-0000-4000-8000-%1").arg(n, 12, 10, QLatin1Char('0'));
    r.createdAt = QDateTime(QDate(2025, 11, 1), QTime(12, 0), Qt::UTC).addSecs(n * 61);
    r.updatedAt = r.createdAt;
    r.projectId = QStringLiteral("old-project");
    r.projectName = QStringLiteral("Synced by an older version");
    r.toNumber = QStringLiteral("+1555000%1").arg(n % 1000, 4, 10, QLatin1Char('0'));
    r.status = n % 7 == 0 ? QStringLiteral("Failed") : QStringLiteral("Delivered");
    r.smsText = QStringLiteral("Incident %1 created on the old server").arg(n);
    r.costCents = 10 + n % 3;
    return r;
}

// A tmpfs of `bytes` on `mountPoint` while the object lives; unmounted by the destructor however
// the test ends (lazily, so that an open file cannot keep it). Root only (in a user namespace: its
// root).
class Tmpfs
{
public:
    Tmpfs(const QString &mountPoint, qint64 bytes)
        : m_path(mountPoint)
    {
        QDir().mkpath(mountPoint);
        const QByteArray options = "size=" + QByteArray::number(bytes) + ",mode=0755";
        if (::mount("tmpfs", QFile::encodeName(mountPoint).constData(), "tmpfs", MS_NOSUID | MS_NODEV,
                    options.constData())
            == 0) {
            s_mounted.append(mountPoint);
        } else {
            m_error = qt_error_string(errno);
        }
    }
    ~Tmpfs() { unmount(m_path); }
    Tmpfs(const Tmpfs &) = delete;
    Tmpfs &operator=(const Tmpfs &) = delete;

    // "" when mounted, else why not.
    QString error() const { return m_error; }

    static void unmount(const QString &mountPoint)
    {
        if (s_mounted.removeAll(mountPoint) > 0)
            ::umount2(QFile::encodeName(mountPoint).constData(), MNT_DETACH);
    }
    static void unmountAll()
    {
        const QStringList all = s_mounted;
        for (const QString &mountPoint : all)
            unmount(mountPoint);
    }

private:
    QString m_path;
    QString m_error;
    static inline QStringList s_mounted;
};

// Fills the file system of `folder` with `folder`/filler until no more than `leave` bytes are
// free (tmpfs counts whole pages: up to a page less). Returns the bytes left free.
qint64 fillLeaving(const QString &folder, qint64 leave)
{
    QFile filler(folder + QStringLiteral("/filler"));
    if (!filler.open(QIODevice::WriteOnly | QIODevice::Append | QIODevice::Unbuffered))
        return -1;
    const QByteArray chunk(256 * 1024, 'f');
    for (qint64 free = freeBytes(folder); free > leave; free = freeBytes(folder)) {
        const qint64 step = std::min<qint64>(chunk.size(), std::max<qint64>(free - leave, 1));
        if (filler.write(chunk.constData(), step) <= 0)
            break;
    }
    return freeBytes(folder);
}

// The effective user id set to nobody while the object lives (and the capabilities root's
// effective id carries with it gone), root again afterwards.
class AsNobody
{
public:
    AsNobody() { m_changed = ::geteuid() == 0 && ::seteuid(nobody) == 0; }
    ~AsNobody()
    {
        if (m_changed && ::seteuid(0) != 0)
            qFatal("cannot return to root");
    }
    AsNobody(const AsNobody &) = delete;
    AsNobody &operator=(const AsNobody &) = delete;
    bool changed() const { return m_changed; }

private:
    bool m_changed = false;
};

// The permission bits of a file, without the "User" flags (which describe the caller, not the
// file, and which QFile::setPermissions() would take for the owner's).
QFileDevice::Permissions modeOf(const QString &path)
{
    return QFile::permissions(path) & QFileDevice::Permissions(0x7077);
}

// `look()` with the folder of `path` readable and searchable by its owner for the call, its
// permissions exactly as before afterwards: how a test that is not root looks behind a folder it
// made unreachable to itself. As root (whom permissions do not bind), just `look()`.
template <typename Look>
auto behindFolder(const QString &path, Look look)
{
    if (::geteuid() == 0)
        return look();
    const QString folder = QFileInfo(path).absolutePath();
    const QFileDevice::Permissions mode = modeOf(folder);
    QFile::setPermissions(folder, mode | QFile::ReadOwner | QFile::ExeOwner);
    auto result = look();
    QFile::setPermissions(folder, mode);
    return result;
}

// `look()` with `path` (when it is a file) readable by its owner as well, for the call only: how a
// test that is not root reads a file it made unreadable to itself. As root, just `look()`.
template <typename Look>
auto asOwner(const QString &path, Look look)
{
    return behindFolder(path, [&] {
        if (::geteuid() == 0 || !QFileInfo(path).isFile())
            return look();
        const QFileDevice::Permissions mode = modeOf(path);
        QFile::setPermissions(path, mode | QFile::ReadOwner);
        auto result = look();
        QFile::setPermissions(path, mode);
        return result;
    });
}

// Bytes written so far by `pid` to files in `folder`: the largest of its open files there (a
// temporary file under any name, or an unnamed one, which /proc shows as "folder/#inode (deleted)").
qint64 bytesBeingWritten(qint64 pid, const QString &folder)
{
    qint64 largest = -1;
    const QString fds = QStringLiteral("/proc/%1/fd").arg(pid);
    for (const QString &fd : QDir(fds).entryList(QDir::AllEntries | QDir::System | QDir::NoDotAndDotDot)) {
        const QString link = fds + u'/' + fd;
        if (!QFileInfo(link).symLinkTarget().startsWith(folder + u'/'))
            continue;
        struct stat status;
        if (::stat(QFile::encodeName(link).constData(), &status) == 0)
            largest = std::max<qint64>(largest, status.st_size);
    }
    return largest;
}

} // namespace

class TestHostileWrites : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    OneUptimeServer m_server;
    QString m_project;
    const QString m_key = QStringLiteral("c1b2c3d4-e5f6-4a7b-8c9d-0e1f2a3b4c5d");
    qint64 m_syncedSize = 0; // bytes of a cache holding the whole project
    QString m_smallCache; // a good cache of a few rows
    QString m_partialCache; // a sync of the project stopped after three batches
    QString m_formatOneCache; // format 1, rows of a project the server does not have
    QString m_formatTwoCache; // format 2, the same
    QString m_exportSource; // the cache the export tests read
    qint64 m_exportRows = 0;
    QHash<Format, QString> m_references; // a complete export of m_exportSource per format
    int m_folders = 0;
    QString m_noUserNamespace; // not root: why no user namespace may mount a tmpfs ("" when one may)
    std::optional<QStringList> m_namespaceLog; // not root: the log of the disk-full cases, once run

    QString freshFolder(const QString &base = {})
    {
        const QString path
            = (base.isEmpty() ? m_dir.path() : base) + QStringLiteral("/case-%1").arg(++m_folders);
        QDir().mkpath(path);
        return path;
    }

    OneUptimeSettings settings() const
    {
        OneUptimeSettings s;
        s.instance = m_server.url();
        s.apiKey = m_key;
        s.timeoutMs = 10000;
        s.retryBaseMs = 10;
        s.maxAttempts = 2;
        return s;
    }

    struct Outcome {
        std::optional<SyncResult> result;
        std::optional<SourceError> error;
    };

    Outcome sync(const QString &path, int pageSize = 200, int cancelAfterBatches = -1)
    {
        CacheSync sync(settings(), path);
        sync.setPageSize(pageSize);
        Outcome outcome;
        bool over = false;
        int batches = 0;
        connect(&sync, &CacheSync::finished, this, [&](const SyncResult &r) {
            outcome.result = r;
            over = true;
        });
        connect(&sync, &CacheSync::failed, this, [&](const SourceError &e) {
            outcome.error = e;
            over = true;
        });
        connect(&sync, &CacheSync::progressed, this, [&] {
            if (++batches == cancelAfterBatches)
                sync.cancel();
        });
        sync.start();
        if (!QTest::qWaitFor([&over] { return over; }, 120000))
            qWarning("the sync did not end within two minutes");
        return outcome;
    }

    QHash<QString, QString> serverRows() const
    {
        QHash<QString, QString> rows;
        for (const OneUptimeRecord &r : m_server.records())
            if (r.projectId == m_project)
                rows.insert(r.id, r.status.value_or(QString()));
        return rows;
    }

    // The `smslog` tool, as nobody when the test runs as root (root reads any file).
    static QStringList asNobody(const QStringList &arguments, QString &program)
    {
        if (::geteuid() != 0) {
            program = QStringLiteral(SMSLOG_CLI);
            return arguments;
        }
        program = QStringLiteral("setpriv");
        return QStringList{QStringLiteral("--reuid=%1").arg(nobody), QStringLiteral("--regid=%1").arg(nobody),
                           QStringLiteral("--clear-groups"), QStringLiteral("--"), QStringLiteral(SMSLOG_CLI)}
        + arguments;
    }

    struct Run {
        int exitCode = -1;
        QString stdErr;
        QString stdOut;
    };

    Run runCli(const QString &program, const QStringList &arguments)
    {
        QProcess child;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("SMSLOG_API_KEY"), m_key);
        child.setProcessEnvironment(environment);
        child.start(program, arguments);
        Run run;
        // The event loop runs meanwhile: the loopback server answers the child from it.
        if (!child.waitForStarted()
            || !QTest::qWaitFor([&child] { return child.state() == QProcess::NotRunning; }, 120000)) {
            run.stdErr = QStringLiteral("did not run: ") + child.errorString();
            return run;
        }
        run.exitCode = child.exitStatus() == QProcess::NormalExit ? child.exitCode() : -1;
        run.stdErr = QString::fromUtf8(child.readAllStandardError());
        run.stdOut = QString::fromUtf8(child.readAllStandardOutput());
        return run;
    }

    // A hostile file named `kind` in `folder` (see hostileFiles_data()); returns its path.
    QString makeHostile(const QString &kind, const QString &folder)
    {
        const QString path = folder + QStringLiteral("/hostile.sqlite");
        const auto copyOfGood = [&] { return QFile::copy(m_smallCache, path); };
        if (kind == u"random bytes") {
            QByteArray bytes(64 * 1024, Qt::Uninitialized);
            QRandomGenerator(42).fillRange(reinterpret_cast<quint32 *>(bytes.data()), bytes.size() / 4);
            writeFile(path, bytes);
        } else if (kind == u"truncated cache") {
            copyOfGood();
            QFile(path).resize(QFileInfo(path).size() / 2);
        } else if (kind == u"foreign database") {
            execOn(path,
                   {QStringLiteral("CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT)"),
                    QStringLiteral("INSERT INTO notes (body) VALUES ('not ours')")});
        } else if (kind == u"newer format") {
            copyOfGood();
            execOn(path, {QStringLiteral("PRAGMA user_version = %1").arg(CacheSchema::version + 1)});
        } else if (kind == u"planted trigger") {
            // Would wipe the rows and leave a mark at the first write of a sync.
            copyOfGood();
            execOn(path,
                   {QStringLiteral("CREATE TRIGGER planted AFTER INSERT ON cache_info BEGIN"
                                   " DELETE FROM sms_log; UPDATE cache_info SET value = 'ran'; END"),
                    QStringLiteral("CREATE TRIGGER planted_update AFTER UPDATE ON sms_log BEGIN"
                                   " DELETE FROM sms_log; END")});
        } else if (kind == u"planted view") {
            copyOfGood();
            execOn(path, {QStringLiteral("CREATE VIEW sms_log_view AS SELECT * FROM sms_log")});
        } else if (kind == u"zero bytes") {
            writeFile(path, {});
        } else if (kind == u"directory") {
            QDir().mkpath(path);
        } else if (kind == u"unreadable file") {
            copyOfGood();
            QFile::setPermissions(path, {});
        } else if (kind == u"unreachable folder") {
            // The file may be read; its folder may not be entered.
            const QString inner = folder + QStringLiteral("/private");
            QDir().mkpath(inner);
            QFile::copy(m_smallCache, inner + QStringLiteral("/hostile.sqlite"));
            // Root's folder binds nobody; a normal user's own folder binds it without search.
            QFile::setPermissions(inner,
                                  ::geteuid() == 0 ? QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner
                                                   : QFile::ReadOwner | QFile::WriteOwner);
            return inner + QStringLiteral("/hostile.sqlite");
        }
        return path;
    }

    void hostileFiles_data(bool withPermissions)
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("says"); // in the message, whatever else it says
        QTest::newRow("random bytes") << "random bytes"
                                      << "damaged or is not a database";
        QTest::newRow("truncated cache") << "truncated cache"
                                         << "damaged or is not a database";
        QTest::newRow("foreign database") << "foreign database"
                                          << "not an SMS Log Viewer cache";
        QTest::newRow("newer format") << "newer format"
                                      << "newer version of SMS Log Viewer";
        QTest::newRow("planted trigger") << "planted trigger"
                                         << "not an SMS Log Viewer cache";
        QTest::newRow("planted view") << "planted view"
                                      << "not an SMS Log Viewer cache";
        QTest::newRow("zero bytes") << "zero bytes"
                                    << "empty";
        QTest::newRow("directory") << "directory"
                                   << "not a file";
        if (withPermissions) {
            QTest::newRow("unreadable file") << "unreadable file"
                                             << "cannot be read";
            QTest::newRow("unreachable folder") << "unreachable folder"
                                                << "cannot be reached";
        }
    }

    // Not root: the current row of a disk-full case passes when the same row passed in a copy of
    // this test run as root of a user and mount namespace (the first row runs them all there), and
    // fails with what it said there; the copy's messages are repeated here. Skipped, saying why,
    // where no user namespace may mount a tmpfs.
    void verifyInUserNamespace()
    {
        if (!m_noUserNamespace.isEmpty())
            QSKIP(qPrintable(QStringLiteral("Not root, and no user namespace may mount a tmpfs here (%1): "
                                            "a full disk cannot be made. Run as root to check it.")
                                 .arg(m_noUserNamespace)));
        if (!m_namespaceLog) {
            const QString log = m_dir.filePath(QStringLiteral("user-namespace-%1.txt").arg(++m_folders));
            QProcess child;
            child.start(QStringLiteral("unshare"),
                        {QStringLiteral("--user"), QStringLiteral("--map-root-user"),
                         QStringLiteral("--mount"), QStringLiteral("--"),
                         QCoreApplication::applicationFilePath(), QStringLiteral("-o"),
                         log + QStringLiteral(",txt"), QStringLiteral("diskFullDuringSync"),
                         QStringLiteral("diskFullDuringExport")});
            QElapsedTimer clock;
            clock.start();
            const bool ended = child.waitForFinished(600000);
            if (!ended) {
                child.kill();
                child.waitForFinished();
            }
            m_namespaceLog = QString::fromUtf8(readAll(log)).split(u'\n');
            qInfo("the disk-full cases ran in a user namespace in %llds: exit %d%s", clock.elapsed() / 1000,
                  child.exitStatus() == QProcess::NormalExit ? child.exitCode() : -1,
                  ended ? "" : " (killed after ten minutes)");
            const QString errors = QString::fromUtf8(child.readAllStandardError()).trimmed();
            if (!errors.isEmpty())
                m_namespaceLog->append(QStringLiteral("its standard error: ") + errors);
        }
        const QString row
            = QStringLiteral("TestHostileWrites::%1(%2)")
                  .arg(QLatin1String(QTest::currentTestFunction()), QLatin1String(QTest::currentDataTag()));
        const QStringList &log = *m_namespaceLog;
        QStringList said; // the row's lines, with the location lines after them
        bool passed = false;
        for (qsizetype i = 0; i < log.size(); ++i) {
            if (!log.at(i).contains(row))
                continue;
            said << log.at(i);
            passed = passed || log.at(i).startsWith(QStringLiteral("PASS   : ") + row);
            if (log.at(i).startsWith(QStringLiteral("QINFO")))
                qInfo("in the user namespace: %s",
                      qPrintable(log.at(i).mid(log.at(i).indexOf(row) + row.size() + 1)));
            while (i + 1 < log.size() && log.at(i + 1).startsWith(QStringLiteral("   Loc:")))
                said << log.at(++i);
        }
        if (said.isEmpty()) // it never got to this row: its end says why
            said = QStringList{QStringLiteral("(nothing about this row; the log ends:)")}
                + log.mid(std::max<qsizetype>(0, log.size() - 15));
        QVERIFY2(passed, qPrintable(QStringLiteral("in the user namespace:\n") + said.join(u'\n')));
    }

    // Fresh mount point names under the test's folder.
    QString mountPoint() { return m_dir.filePath(QStringLiteral("mnt-%1").arg(++m_folders)); }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        // Others (nobody) may enter the test's folder: the permission cases need it.
        QVERIFY(QFile::setPermissions(m_dir.path(),
                                      QFile::permissions(m_dir.path()) | QFile::ReadOther | QFile::ExeOther
                                          | QFile::ReadGroup | QFile::ExeGroup));
        if (::geteuid() == 0) {
            QVERIFY2(!QStandardPaths::findExecutable(QStringLiteral("setpriv")).isEmpty(),
                     "setpriv (util-linux) is needed to run smslog as nobody");
        } else {
            // Whether a user namespace may mount a tmpfs (the disk-full cases run in one).
            const QString probe = m_dir.filePath(QStringLiteral("probe"));
            QVERIFY(QDir().mkpath(probe));
            QProcess unshare;
            unshare.start(QStringLiteral("unshare"),
                          {QStringLiteral("--user"), QStringLiteral("--map-root-user"),
                           QStringLiteral("--mount"), QStringLiteral("--"), QStringLiteral("sh"),
                           QStringLiteral("-c"), QStringLiteral("mount -t tmpfs -o size=1m tmpfs \"$1\""),
                           QStringLiteral("sh"), probe});
            if (!unshare.waitForFinished(60000))
                m_noUserNamespace = QStringLiteral("unshare: ") + unshare.errorString();
            else if (unshare.exitStatus() != QProcess::NormalExit || unshare.exitCode() != 0)
                m_noUserNamespace = QString::fromUtf8(unshare.readAllStandardError()).trimmed();
            if (!m_noUserNamespace.isEmpty())
                qWarning("no user namespace may mount a tmpfs: the disk-full cases will be skipped (%s)",
                         qPrintable(m_noUserNamespace));
        }

        // The server: one project of a demo log (the largest), behind one key.
        const QString serverCache = m_dir.filePath(QStringLiteral("server.sqlite"));
        DemoOptions options;
        options.rows = 6000;
        options.seed = 11;
        options.end = QDateTime::currentDateTimeUtc().addSecs(-3600);
        options.days = 10;
        QCOMPARE(writeDemoCache(serverCache, options), QString());
        QCOMPARE(m_server.loadCache(serverCache), QString());
        QHash<QString, int> perProject;
        for (const OneUptimeRecord &r : m_server.records())
            ++perProject[r.projectId];
        for (auto it = perProject.cbegin(); it != perProject.cend(); ++it)
            if (m_project.isEmpty() || it.value() > perProject.value(m_project))
                m_project = it.key();
        QVERIFY(perProject.value(m_project) > 1500);
        m_server.addKey(m_key, m_project, QStringLiteral("ReadSmsLog"));
        QVERIFY(m_server.listen() != 0);

        // How big the whole project is as a cache.
        const QString synced = m_dir.filePath(QStringLiteral("synced.sqlite"));
        const Outcome whole = sync(synced);
        QVERIFY2(whole.result, whole.error ? qPrintable(whole.error->message) : "no answer");
        QCOMPARE(cacheRows(synced), serverRows());
        m_syncedSize = QFileInfo(synced).size();
        QVERIFY(m_syncedSize > 512 * 1024);

        // Half a sync: cancelled after three batches of 200.
        m_partialCache = m_dir.filePath(QStringLiteral("partial.sqlite"));
        const Outcome cancelled = sync(m_partialCache, 200, 3);
        QVERIFY(cancelled.error && cancelled.error->kind == SourceError::Kind::Cancelled);
        const qint64 partialRows = cacheRows(m_partialCache).size();
        QVERIFY(partialRows >= 600 && partialRows < serverRows().size());

        // A good small cache, and one of format 1 (no cost roll-ups) from an older version.
        m_smallCache = m_dir.filePath(QStringLiteral("small.sqlite"));
        m_formatOneCache = m_dir.filePath(QStringLiteral("format-1.sqlite"));
        m_formatTwoCache = m_dir.filePath(QStringLiteral("format-2.sqlite"));
        for (const auto &[path, rows] : {std::pair{m_smallCache, 50}, std::pair{m_formatOneCache, 3000},
                                         std::pair{m_formatTwoCache, 3000}}) {
            CacheWriter writer;
            QCOMPARE(writer.create(path), QString());
            QList<SmsRecord> records;
            for (int i = 0; i < rows; ++i)
                records << oldRecord(i);
            QCOMPARE(writer.write(records), QString());
            writer.close();
        }
        QVERIFY(execOn(m_formatOneCache,
                       {QStringLiteral("DROP TABLE cost_by_hour"), QStringLiteral("DROP TABLE cost_by_day"),
                        QStringLiteral("DROP INDEX sms_log_status_time"),
                        QStringLiteral("DROP TABLE resource_context"),
                        QStringLiteral("PRAGMA user_version = 1"), QStringLiteral("VACUUM")}));
        QCOMPARE(valueOf(m_formatOneCache, QStringLiteral("PRAGMA user_version")).toInt(), 1);
        QVERIFY(execOn(m_formatTwoCache,
                       {QStringLiteral("DROP TABLE resource_context"),
                        QStringLiteral("PRAGMA user_version = 2"), QStringLiteral("VACUUM")}));
        QCOMPARE(valueOf(m_formatTwoCache, QStringLiteral("PRAGMA user_version")).toInt(), 2);

        // What the exports read, and each format exported completely.
        m_exportRows = 30000;
        m_exportSource = m_dir.filePath(QStringLiteral("export-source.sqlite"));
        options = {};
        options.rows = m_exportRows;
        options.seed = 5;
        QCOMPARE(writeDemoCache(m_exportSource, options), QString());
        for (const Format format : {Format::Csv, Format::JsonLines, Format::Sqlite}) {
            const QString reference = m_dir.filePath(QStringLiteral("reference.") + extension(format));
            CacheExport::Options exportOptions;
            exportOptions.format = format;
            qint64 written = 0;
            QCOMPARE(CacheExport::exportRows(m_exportSource, {}, reference, exportOptions, {}, &written),
                     QString());
            QCOMPARE(written, m_exportRows);
            m_references.insert(format, reference);
        }
        QVERIFY(QFileInfo(m_references.value(Format::Csv)).size() > 4 * 1024 * 1024);
    }

    void cleanupTestCase()
    {
        Tmpfs::unmountAll();
        // Folders made private by a case: open again so that QTemporaryDir can remove them.
        for (const QString &name : entries(m_dir.path()))
            for (const QString &inner : entries(m_dir.filePath(name)))
                QFile::setPermissions(m_dir.filePath(name + u'/' + inner),
                                      QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    }

    // ---- a file the user may not read ---------------------------------------------------------

    void unreadableFileIsRefused_data()
    {
        QTest::addColumn<QString>("kind"); // "unreadable file", "unreachable folder" or "readable"
        QTest::addColumn<QString>("command");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("says");
        for (const QString &command :
             {QStringLiteral("summary"), QStringLiteral("export"), QStringLiteral("sync")}) {
            QTest::addRow("file, %s", qPrintable(command))
                << "unreadable file" << command << 5 << "cannot be read";
            QTest::addRow("folder, %s", qPrintable(command))
                << "unreachable folder" << command << 5 << "cannot be reached";
            // The control: the same command as the same user on a file it may read works, so the
            // refusals above are about permissions and nothing else.
            QTest::addRow("readable, %s", qPrintable(command)) << "readable" << command << 0 << "";
        }
    }

    void unreadableFileIsRefused()
    {
        QFETCH(QString, kind);
        QFETCH(QString, command);
        QFETCH(int, exitCode);
        QFETCH(QString, says);
        const QString folder = freshFolder();
        QString path;
        if (kind == u"readable") {
            path = folder + QStringLiteral("/readable.sqlite");
            QVERIFY(QFile::copy(m_smallCache, path));
            // nobody may write the cache and its journal too (a sync).
            QVERIFY(QFile::setPermissions(
                path, QFile::ReadOwner | QFile::WriteOwner | QFile::ReadOther | QFile::WriteOther));
            QVERIFY(QFile::setPermissions(folder, QFileDevice::Permissions(0x7777)));
        } else {
            path = makeHostile(kind, folder);
            QVERIFY(QFile::setPermissions(folder, QFileDevice::Permissions(0x7755)));
            // A good cache: only the permissions are in the way.
            QCOMPARE(asOwner(path, [&] { return readAll(path).left(16); }),
                     QByteArray("SQLite format 3\0", 16));
        }
        const auto bytes = [&] { return fingerprint(path); };
        const auto permissions = [&] { return QFileInfo(path).permissions(); };
        const QByteArray before = asOwner(path, bytes);
        const auto permissionsBefore = behindFolder(path, permissions);
        const QString outputs = freshFolder();
        QVERIFY(QFile::setPermissions(outputs, QFileDevice::Permissions(0x7777)));
        const QString output = outputs + QStringLiteral("/out.csv");

        QStringList arguments{command};
        if (command == u"summary")
            arguments << QStringLiteral("--cache") << path;
        else if (command == u"export")
            arguments << QStringLiteral("--cache") << path << QStringLiteral("--format")
                      << QStringLiteral("csv") << QStringLiteral("--output") << output;
        else
            arguments << QStringLiteral("--url") << m_server.url().toString() << QStringLiteral("--cache")
                      << path << QStringLiteral("--page-size") << QStringLiteral("1000");
        QString program;
        const QStringList childArguments = asNobody(arguments, program);
        const Run run = runCli(program, childArguments);
        QVERIFY2(run.exitCode == exitCode,
                 qPrintable(QStringLiteral("exit %1: %2").arg(run.exitCode).arg(run.stdErr)));
        if (exitCode == 0) {
            QVERIFY2(run.stdErr.trimmed().isEmpty(), qPrintable(run.stdErr));
            if (command == u"export")
                QVERIFY(readAll(output).startsWith("_id,createdAt"));
            return;
        }
        // One clear line, naming the problem; nothing written, nothing created.
        QVERIFY2(run.stdErr.contains(says), qPrintable(run.stdErr));
        QVERIFY2(run.stdErr.contains(QStringLiteral("permission")), qPrintable(run.stdErr));
        QCOMPARE(run.stdErr.trimmed().count(u'\n'), 0);
        QVERIFY(run.stdOut.isEmpty());
        QCOMPARE(asOwner(path, bytes), before);
        QCOMPARE(behindFolder(path, permissions), permissionsBefore);
        QCOMPARE(entries(outputs), QStringList());
        qInfo("%s", qPrintable(run.stdErr.trimmed()));
    }

    // ---- hostile files on the writing path: a sync never writes into them ---------------------

    void hostileFileNeverTakesASync_data() { hostileFiles_data(false); }

    void hostileFileNeverTakesASync()
    {
        QFETCH(QString, kind);
        QFETCH(QString, says);
        const QString folder = freshFolder();
        const QString path = makeHostile(kind, folder);
        const QByteArray before = fingerprint(path);
        const QStringList filesBefore = entries(folder);
        const Outcome outcome = sync(path);
        QVERIFY(!outcome.result);
        QVERIFY(outcome.error);
        QVERIFY2(outcome.error->message.contains(says, Qt::CaseInsensitive),
                 qPrintable(outcome.error->message));
        QVERIFY(outcome.error->message.contains(path));
        // Untouched (a planted trigger never fired), and no journal left beside it.
        QCOMPARE(fingerprint(path), before);
        QCOMPARE(entries(folder), filesBefore);
        if (kind == u"planted trigger")
            QCOMPARE(cacheRows(path).size(), 50);
    }

    // ---- hostile files in the window ----------------------------------------------------------

    void hostileFileShowsAMessageInTheWindow_data() { hostileFiles_data(true); }

    void hostileFileShowsAMessageInTheWindow()
    {
        QFETCH(QString, kind);
        QFETCH(QString, says);
        const QString folder = freshFolder();
        const QString path = makeHostile(kind, folder);
        const auto bytes = [&] { return fingerprint(path); };
        const QByteArray before = asOwner(path, bytes);
        const QStringList filesBefore = entries(folder);
        AppController app(m_dir.filePath(QStringLiteral("config/connections.ini")), true);
        app.window()->show();
        QSignalSpy opened(&app, &AppController::sourceOpened);
        auto *stack = app.window()->findChild<QStackedWidget *>(QStringLiteral("tableStack"));
        QVERIFY(stack);
        QLabel *state = nullptr;
        for (QLabel *label : app.window()->findChildren<QLabel *>())
            if (label->accessibleName() == QStringLiteral("Loading state"))
                state = label;
        QVERIFY(state);
        const auto messageShown = [&] {
            if (stack->currentIndex() == 0)
                return QString();
            QStringList texts;
            for (const QLabel *label : stack->currentWidget()->findChildren<QLabel *>())
                texts << label->text();
            return texts.join(u'\n');
        };
        {
            // Permissions bind nobody, not root: as root, the window opens them as nobody (a normal
            // user is bound by its own file's permissions).
            std::optional<AsNobody> identity;
            if (::geteuid() == 0 && (kind == u"unreadable file" || kind == u"unreachable folder")) {
                identity.emplace();
                QVERIFY(identity->changed());
            }
            app.openCache(path);
            QTRY_VERIFY_WITH_TIMEOUT(messageShown().contains(says), 15000);
        }
        qInfo("%s", qPrintable(messageShown().section(u'\n', 0, 0)));
        QVERIFY(!state->text().startsWith(QStringLiteral("Opening")));
        QCOMPARE(opened.count(), 0);
        QCOMPARE(app.model()->rowCount(), 0);
        QVERIFY(stack->currentWidget()->isVisible());
        QCOMPARE(asOwner(path, bytes), before);
        QCOMPARE(entries(folder), filesBefore);
    }

    // ---- a full disk during a sync ------------------------------------------------------------

    void diskFullDuringSync_data()
    {
        QTest::addColumn<QString>("start"); // "none", "partial", "format 1" or "format 2"
        QTest::addColumn<int>("freePercent"); // free space left, in percent of a whole cache
        QTest::addColumn<bool>("unchanged"); // the file stays byte for byte (or absent)
        QTest::newRow("new cache, no space") << "none" << 0 << true;
        QTest::newRow("new cache, space for a third") << "none" << 33 << false;
        QTest::newRow("half synced, no space") << "partial" << 0 << true;
        QTest::newRow("half synced, space for a quarter more") << "partial" << 25 << false;
        // Migration from every earlier format (1 and 2) under a full disk: the upgrade is one
        // transaction, so the file stays as it was, then the sync after it keeps every row.
        // (Format 2's upgrade adds one empty table: a page, so only "no space" stops it.)
        QTest::newRow("format 1, no space") << "format 1" << 0 << true;
        QTest::newRow("format 1, space runs out in the upgrade") << "format 1" << 1 << true;
        QTest::newRow("format 2, no space") << "format 2" << 0 << true;
    }

    void diskFullDuringSync()
    {
        QFETCH(QString, start);
        QFETCH(int, freePercent);
        QFETCH(bool, unchanged);
        if (::geteuid() != 0)
            return verifyInUserNamespace();
        const QString initial = start == u"partial" ? m_partialCache
            : start == u"format 1"                  ? m_formatOneCache
            : start == u"format 2"                  ? m_formatTwoCache
                                                    : QString();
        const qint64 initialSize = initial.isEmpty() ? 0 : QFileInfo(initial).size();
        const QString mount = mountPoint();
        Tmpfs tmpfs(mount, initialSize + 2 * m_syncedSize + 4 * 1024 * 1024);
        QVERIFY2(tmpfs.error().isEmpty(), qPrintable(tmpfs.error()));
        const QString path = mount + QStringLiteral("/cache.sqlite");
        if (!initial.isEmpty())
            QVERIFY(QFile::copy(initial, path));
        const QHash<QString, QString> previous = cacheRows(path);
        const QByteArray before = fingerprint(path);
        const qint64 leave = m_syncedSize * freePercent / 100;
        QVERIFY(fillLeaving(mount, leave) <= leave);

        const Outcome full = sync(path);
        QVERIFY2(full.error, "the sync did not notice the full disk");
        qInfo("%s | %s", qPrintable(full.error->message), qPrintable(full.error->detail));
        QCOMPARE(int(full.error->kind), int(SourceError::Kind::Query));
        QVERIFY2(
            full.error->message.contains(QStringLiteral("The disk holding the cache %1 is full").arg(path)),
            qPrintable(full.error->message));
        QVERIFY(full.error->message.contains(QStringLiteral("Free some space")));
        // No journal, no half-made file: the cache (when there is one) and the filler.
        QStringList expected{QStringLiteral("filler")};
        if (QFileInfo::exists(path))
            expected.prepend(QStringLiteral("cache.sqlite"));
        QCOMPARE(entries(mount), expected);
        if (unchanged)
            QCOMPARE(fingerprint(path), before);
        const QHash<QString, QString> kept = cacheRows(path);
        if (QFileInfo::exists(path)) {
            QCOMPARE(cacheProblem(path), QString());
            for (auto it = previous.cbegin(); it != previous.cend(); ++it)
                QCOMPARE(kept.value(it.key()), it.value()); // nothing lost
            const QHash<QString, QString> server = serverRows();
            for (auto it = kept.cbegin(); it != kept.cend(); ++it)
                QVERIFY(previous.contains(it.key()) || server.value(it.key()) == it.value());
        }
        if (!unchanged) {
            // It really ran out midway: some batches are in, not all.
            QVERIFY(kept.size() > previous.size());
            QVERIFY(kept.size() < previous.size() + serverRows().size());
        }

        // Space freed: the next sync continues and ends with every row, once.
        QVERIFY(QFile::remove(mount + QStringLiteral("/filler")));
        const Outcome resumed = sync(path);
        QVERIFY2(resumed.result, resumed.error ? qPrintable(resumed.error->message) : "no answer");
        QHash<QString, QString> all = previous;
        all.insert(serverRows());
        QCOMPARE(cacheRows(path), all);
        QCOMPARE(valueOf(path, QStringLiteral("PRAGMA user_version")).toInt(), CacheSchema::version);
        QCOMPARE(cacheProblem(path), QString());
        QCOMPARE(entries(mount), QStringList{QStringLiteral("cache.sqlite")});
    }

    void everyEarlierFormatHasARow()
    {
        // Formats 1 and 2 are the earlier ones (diskFullDuringSync; tst_cacheschema upgrades them
        // with a writer). A format 4 needs a format-3 row there and here.
        QCOMPARE(CacheSchema::version, 3);
    }

    // ---- a full disk during an export ---------------------------------------------------------

    void diskFullDuringExport_data()
    {
        QTest::addColumn<Format>("format");
        QTest::addColumn<int>("freePercent"); // of the complete export
        QTest::addColumn<bool>("viaCli");
        for (const Format format : {Format::Csv, Format::JsonLines, Format::Sqlite}) {
            QTest::addRow("%s, no space", qPrintable(extension(format))) << format << 0 << false;
            QTest::addRow("%s, space for half", qPrintable(extension(format))) << format << 50 << false;
        }
        QTest::newRow("csv by smslog, space for half") << Format::Csv << 50 << true;
        QTest::newRow("sqlite by smslog, space for half") << Format::Sqlite << 50 << true;
    }

    void diskFullDuringExport()
    {
        QFETCH(Format, format);
        QFETCH(int, freePercent);
        QFETCH(bool, viaCli);
        if (::geteuid() != 0)
            return verifyInUserNamespace();
        const QString reference = m_references.value(format);
        const qint64 size = QFileInfo(reference).size();
        const QString mount = mountPoint();
        Tmpfs tmpfs(mount, 2 * size + 4 * 1024 * 1024);
        QVERIFY2(tmpfs.error().isEmpty(), qPrintable(tmpfs.error()));
        const QString output = mount + QStringLiteral("/export.") + extension(format);
        const QByteArray previous("the previous export, which must survive\n");
        QVERIFY(writeFile(output, previous));
        const qint64 leave = size * freePercent / 100;
        QVERIFY(fillLeaving(mount, leave) <= leave);

        const QString expectedError
            = QStringLiteral("The export could not be written to %1: the disk is full.").arg(output);
        const QStringList arguments{
            QStringLiteral("export"), QStringLiteral("--cache"),  m_exportSource, QStringLiteral("--format"),
            extension(format),        QStringLiteral("--output"), output};
        if (viaCli) {
            const Run run = runCli(QStringLiteral(SMSLOG_CLI), arguments);
            QCOMPARE(run.exitCode, 1);
            QVERIFY2(run.stdErr.contains(expectedError), qPrintable(run.stdErr));
        } else {
            CacheExport::Options options;
            options.format = format;
            qint64 written = -1;
            QCOMPARE(CacheExport::exportRows(m_exportSource, {}, output, options, {}, &written),
                     expectedError);
            QCOMPARE(written, 0);
        }
        QCOMPARE(readAll(output), previous);
        QCOMPARE(entries(mount), (QStringList{QFileInfo(output).fileName(), QStringLiteral("filler")}));

        // Space freed: the same export replaces the previous file with the whole one.
        QVERIFY(QFile::remove(mount + QStringLiteral("/filler")));
        if (viaCli) {
            const Run run = runCli(QStringLiteral(SMSLOG_CLI), arguments);
            QVERIFY2(run.exitCode == 0, qPrintable(run.stdErr));
        } else {
            CacheExport::Options options;
            options.format = format;
            QCOMPARE(CacheExport::exportRows(m_exportSource, {}, output, options), QString());
        }
        if (format == Format::Sqlite) {
            QCOMPARE(cacheProblem(output), QString());
            QCOMPARE(cacheRows(output).size(), m_exportRows);
        } else {
            QVERIFY(readAll(output) == readAll(reference));
        }
        QCOMPARE(entries(mount), QStringList{QFileInfo(output).fileName()});
    }

    // ---- `smslog export` killed ---------------------------------------------------------------

    void killedExportLeavesTheOldOrTheWholeFile_data()
    {
        QTest::addColumn<Format>("format");
        QTest::addColumn<int>("killAt"); // percent of the output's bytes written; 100 = at the rename
        for (const Format format : {Format::Csv, Format::JsonLines, Format::Sqlite}) {
            QTest::addRow("%s, at its first byte", qPrintable(extension(format))) << format << 0;
            QTest::addRow("%s, a third in", qPrintable(extension(format))) << format << 33;
            QTest::addRow("%s, two thirds in", qPrintable(extension(format))) << format << 67;
            QTest::addRow("%s, at the rename", qPrintable(extension(format))) << format << 100;
        }
    }

    void killedExportLeavesTheOldOrTheWholeFile()
    {
        QFETCH(Format, format);
        QFETCH(int, killAt);
        const QString reference = m_references.value(format);
        const qint64 size = QFileInfo(reference).size();
        const QString folder = freshFolder();
        const QString output = folder + QStringLiteral("/export.") + extension(format);
        const QByteArray previous("the previous export, which must survive\n");
        QVERIFY(writeFile(output, previous));
        const QStringList arguments{
            QStringLiteral("export"), QStringLiteral("--cache"),  m_exportSource, QStringLiteral("--format"),
            extension(format),        QStringLiteral("--output"), output};

        QProcess child;
        child.start(QStringLiteral(SMSLOG_CLI), arguments);
        QVERIFY(child.waitForStarted());
        const qint64 pid = child.processId();
        const auto reached = [&] {
            if (killAt == 100)
                return readAll(output) != previous;
            return bytesBeingWritten(pid, folder) >= (killAt == 0 ? 1 : size * killAt / 100);
        };
        // Polled, not slept: the child is killed as soon as it gets there.
        QElapsedTimer clock;
        clock.start();
        while (!reached() && child.state() == QProcess::Running && clock.elapsed() < 60000)
            QTest::qWait(1);
        ::kill(pid_t(pid), SIGKILL);
        QVERIFY(child.waitForFinished());
        if (killAt < 100) {
            // It was killed midway, not after it ended.
            QVERIFY2(child.exitStatus() == QProcess::CrashExit, child.readAllStandardError().constData());
            QCOMPARE(readAll(output), previous);
        } else if (format == Format::Sqlite) {
            QCOMPARE(cacheProblem(output), QString());
            QCOMPARE(cacheRows(output).size(), m_exportRows);
        } else {
            QVERIFY(readAll(output) == readAll(reference)); // the whole file, never a part
        }
        // What a kill leaves: CSV and JSON Lines nothing (their file has no name until it is
        // complete); a snapshot its hidden partial file, which the next export removes.
        QStringList strays = entries(folder);
        strays.removeAll(QFileInfo(output).fileName());
        qInfo("left beside the output: %s", qPrintable(strays.join(QStringLiteral(", "))));
        if (format != Format::Sqlite || killAt == 100) {
            QCOMPARE(strays, QStringList());
        } else {
            const QString partial
                = QStringLiteral(".%1.partial-%2-").arg(QFileInfo(output).fileName()).arg(pid);
            for (const QString &stray : std::as_const(strays))
                QVERIFY2(stray.startsWith(partial), qPrintable(stray));
        }

        // The next export completes and leaves nothing else behind.
        const Run again = runCli(QStringLiteral(SMSLOG_CLI), arguments);
        QVERIFY2(again.exitCode == 0, qPrintable(again.stdErr));
        if (format == Format::Sqlite) {
            QCOMPARE(cacheProblem(output), QString());
            QCOMPARE(cacheRows(output).size(), m_exportRows);
        } else {
            QVERIFY(readAll(output) == readAll(reference));
        }
        QCOMPARE(entries(folder), QStringList{QFileInfo(output).fileName()});
    }

    void partialOfARunningExportIsLeftAlone()
    {
        // A partial snapshot whose process runs (another export of the same file) is not removed;
        // nor is a file that only looks like one.
        const QString folder = freshFolder();
        const QString output = folder + QStringLiteral("/export.sqlite");
        QProcess alive;
        alive.start(QStringLiteral("sleep"), {QStringLiteral("60")});
        QVERIFY(alive.waitForStarted());
        const QStringList others{QStringLiteral(".export.sqlite.partial-%1-0").arg(alive.processId()),
                                 QStringLiteral(".export.sqlite.partial-notapid-0"),
                                 QStringLiteral(".other.sqlite.partial-999999999-0")};
        for (const QString &name : others)
            QVERIFY(writeFile(folder + u'/' + name, "someone else's"));
        CacheExport::Options options;
        options.format = Format::Sqlite;
        QCOMPARE(CacheExport::exportRows(m_smallCache, {}, output, options), QString());
        alive.kill();
        alive.waitForFinished();
        QStringList expected = others + QStringList{QStringLiteral("export.sqlite")};
        expected.sort();
        QCOMPARE(entries(folder), expected);
    }
};

QTEST_MAIN(TestHostileWrites)
#include "tst_hostilewrites.moc"
