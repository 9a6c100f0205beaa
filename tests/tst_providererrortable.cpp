// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 SMS Log Viewer contributors
#include "demogenerator.h"
#include "providererrortable.h"

#include <QSet>
#include <QTemporaryDir>
#include <QTest>

// The built-in table of the SMS provider's error codes (resources/data/twilio-sms-errors.json).
class TestProviderErrorTable : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void builtInLoads();
    void labels_data();
    void labels();
    void everyDemoCodeHasAMeaning();
    void refusesBrokenTables_data();
    void refusesBrokenTables();
};

void TestProviderErrorTable::builtInLoads()
{
    // Given the compiled-in resource, when loaded, then it has codes and says where they come from.
    QString error;
    const auto table
        = ProviderErrorTable::load(QStringLiteral(":/smslog/data/twilio-sms-errors.json"), &error);
    QVERIFY2(table, qPrintable(error));
    QVERIFY(table->codes().size() >= 20);
    QVERIFY(table->about().contains(QStringLiteral("Twilio's public error dictionary")));
    QVERIFY(table->about().contains(QStringLiteral("2026-")));
    QCOMPARE(ProviderErrorTable::builtIn().codes(), table->codes());
    for (const ProviderError &entry : table->codes()) {
        QVERIFY2(!entry.meaning.isEmpty() && !entry.meaning.contains(u'\n'), qPrintable(entry.code));
        QCOMPARE(entry.documentation.toString(),
                 QStringLiteral("https://www.twilio.com/docs/api/errors/") + entry.code);
    }
}

void TestProviderErrorTable::labels_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("label");
    QTest::newRow("carrier filter") << QStringLiteral("30007")
                                    << QStringLiteral("30007 — Carrier filtered the message");
    QTest::newRow("unsubscribed") << QStringLiteral("21610")
                                  << QStringLiteral("21610 — The recipient has unsubscribed (replied STOP)");
    QTest::newRow("unknown code") << QStringLiteral("99999") << QStringLiteral("99999");
    QTest::newRow("none") << QStringLiteral("") << QStringLiteral("");
}

void TestProviderErrorTable::labels()
{
    QFETCH(QString, code);
    QFETCH(QString, label);
    QCOMPARE(ProviderErrorTable::builtIn().label(code), label);
    QCOMPARE(ProviderErrorTable::builtIn().find(code).has_value(), label != code);
}

void TestProviderErrorTable::everyDemoCodeHasAMeaning()
{
    // Given the demo data of several seeds, every error code in it has a meaning.
    QSet<QString> codes;
    for (const quint64 seed : {1, 2, 3}) {
        DemoOptions options;
        options.rows = 40000;
        options.seed = seed;
        DemoGenerator generator(options);
        for (QList<SmsRecord> chunk = generator.next(5000); !chunk.isEmpty(); chunk = generator.next(5000))
            for (const SmsRecord &record : std::as_const(chunk))
                if (!record.errorCode.isEmpty())
                    codes.insert(record.errorCode);
    }
    QVERIFY(codes.size() >= 10);
    for (const QString &code : std::as_const(codes))
        QVERIFY2(!ProviderErrorTable::builtIn().meaning(code).isEmpty(), qPrintable(code));
}

void TestProviderErrorTable::refusesBrokenTables_data()
{
    QTest::addColumn<QByteArray>("json");
    const QByteArray link = R"("documentation": "https://example.com/%1")";
    QTest::newRow("not json") << QByteArray("codes: 1");
    QTest::newRow("no link pattern") << QByteArray(R"({"codes": [{"code": "1", "meaning": "m"}]})");
    QTest::newRow("no codes") << QByteArray("{") + link + R"(, "codes": []})";
    QTest::newRow("no meaning") << QByteArray("{") + link + R"(, "codes": [{"code": "1"}]})";
    QTest::newRow("twice") << QByteArray("{") + link
            + R"(, "codes": [{"code": "1", "meaning": "a"}, {"code": "1", "meaning": "b"}]})";
}

void TestProviderErrorTable::refusesBrokenTables()
{
    QFETCH(QByteArray, json);
    QTemporaryDir dir;
    QFile file(dir.filePath(QStringLiteral("table.json")));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(json);
    file.close();
    QString error;
    QVERIFY(!ProviderErrorTable::load(file.fileName(), &error));
    QVERIFY(!error.isEmpty());
}

QTEST_GUILESS_MAIN(TestProviderErrorTable)
#include "tst_providererrortable.moc"
