// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 SMS Log Viewer contributors
#include "oneuptimeserver.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTextStream>

// oneuptime-test-server --port N --cache FILE [--old-server] [--key KEY[:PERMISSION[:PROJECT]]]...
//                       [--faults JSON]
// Serves the cache's SMS logs like OneUptime on 127.0.0.1 until killed.
int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("oneuptime-test-server"));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Loopback imitation of OneUptime's SMS Log API, for tests."));
    parser.addHelpOption();
    const QCommandLineOption portOption(QStringLiteral("port"), QStringLiteral("Port (0: any free port)."),
                                        QStringLiteral("N"), QStringLiteral("0"));
    const QCommandLineOption cacheOption(QStringLiteral("cache"),
                                         QStringLiteral("SMS Log Viewer cache file to serve."),
                                         QStringLiteral("FILE"));
    const QCommandLineOption oldOption(
        QStringLiteral("old-server"),
        QStringLiteral("Behave like OneUptime 7.0.1000 (legacy statuses, no relations)."));
    const QCommandLineOption keyOption(
        QStringLiteral("key"),
        QStringLiteral(
            "API key (UUID), optional permission (default ReadSmsLog) and project id (default: the "
            "project with most rows). Repeatable."),
        QStringLiteral("KEY[:PERMISSION[:PROJECT]]"));
    const QCommandLineOption faultsOption(
        QStringLiteral("faults"), QStringLiteral("Initial faults as JSON (same keys as POST /__faults)."),
        QStringLiteral("JSON"));
    parser.addOptions({portOption, cacheOption, oldOption, keyOption, faultsOption});
    parser.process(app);

    QTextStream err(stderr);
    QTextStream out(stdout);
    OneUptimeServer server;
    if (parser.isSet(cacheOption)) {
        const QString error = server.loadCache(parser.value(cacheOption));
        if (!error.isEmpty()) {
            err << "Cannot read the cache: " << error << Qt::endl;
            return 1;
        }
    }
    server.setOldServer(parser.isSet(oldOption));
    if (parser.isSet(faultsOption)) {
        const QString error = server.applyFaultsJson(parser.value(faultsOption).toUtf8());
        if (!error.isEmpty()) {
            err << "Bad --faults: " << error << Qt::endl;
            return 1;
        }
    }
    const QString defaultProject = server.largestProject();
    QStringList keys = parser.values(keyOption);
    if (keys.isEmpty())
        keys << QStringLiteral("3f1e6c1a-0b2d-4c9e-8f7a-5d4c3b2a1908");
    for (const QString &spec : std::as_const(keys)) {
        const QStringList parts = spec.split(u':');
        server.addKey(parts.value(0), parts.value(2, defaultProject),
                      parts.value(1).isEmpty() ? QStringLiteral("ReadSmsLog") : parts.value(1));
    }
    bool ok = false;
    const uint port = parser.value(portOption).toUInt(&ok);
    if (!ok || port > 65535 || server.listen(quint16(port)) == 0) {
        err << "Cannot listen on 127.0.0.1:" << parser.value(portOption) << Qt::endl;
        return 1;
    }
    out << "Listening on " << server.url().toString() << "/api (OneUptime " << server.version() << ", "
        << server.records().size() << " SMS logs)" << Qt::endl;
    out << "Sample key: " << keys.first().split(u':').value(0) << " (project "
        << keys.first().split(u':').value(2, defaultProject) << ")" << Qt::endl;
    out << "Try: curl -X POST -H 'ApiKey: " << keys.first().split(u':').value(0)
        << "' -H 'Content-Type: application/json' -d '{\"select\":{\"status\":true}}' "
        << server.url().toString() << "/api/sms-log/get-list" << Qt::endl;
    return app.exec();
}
