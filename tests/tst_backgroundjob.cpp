// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 SMS Log Viewer contributors
#include "backgroundjob.h"

#include <QSignalSpy>
#include <QTest>
#include <QThread>
#include <atomic>

// The one background-job idiom: the work runs on the job's own thread, its progress and its end
// arrive on the caller's thread as signals, cancel() is a call, a superseded run says nothing.
class TestBackgroundJob : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void runsOffTheCallersThreadAndReportsOnIt()
    {
        BackgroundJob job(QStringLiteral("test job"));
        QThread *workThread = nullptr;
        QList<QThread *> progressThreads;
        connect(&job, &BackgroundJob::progressed, this,
                [&progressThreads](qint64, qint64) { progressThreads << QThread::currentThread(); });
        QSignalSpy progressed(&job, &BackgroundJob::progressed);
        QSignalSpy succeeded(&job, &BackgroundJob::succeeded);
        QSignalSpy failed(&job, &BackgroundJob::failed);
        job.start([&workThread](JobControl &control) {
            workThread = QThread::currentThread();
            for (qint64 done = 0; done <= 5; ++done) {
                QThread::msleep(120); // past the 100 ms between reports
                control.report(done, 5);
            }
            return JobResult{std::nullopt, 42};
        });
        QVERIFY(job.isRunning());
        QTRY_COMPARE_WITH_TIMEOUT(succeeded.size(), 1, 10000);
        QVERIFY(!job.isRunning());
        QCOMPARE(succeeded.first().first().toLongLong(), 42);
        QCOMPARE(failed.size(), 0);
        QVERIFY(workThread);
        QVERIFY(workThread != QThread::currentThread());
        QVERIFY(progressed.size() >= 5);
        QCOMPARE(progressed.last().at(0).toLongLong(), 5); // the last report always arrives
        for (QThread *thread : std::as_const(progressThreads))
            QCOMPARE(thread, QThread::currentThread());
    }

    void cancelIsACallAndTheRunFails()
    {
        BackgroundJob job(QStringLiteral("test job"));
        QSignalSpy succeeded(&job, &BackgroundJob::succeeded);
        QSignalSpy failed(&job, &BackgroundJob::failed);
        std::atomic<bool> started = false;
        job.start([&started](JobControl &control) {
            started = true;
            for (int i = 0; i < 1000; ++i) {
                if (!control.report(i, 1000))
                    return JobResult{SourceError{SourceError::Kind::Query, QStringLiteral("stopped"), {}}, 0};
                QThread::msleep(10);
            }
            return JobResult{};
        });
        QTRY_VERIFY_WITH_TIMEOUT(started.load(), 5000);
        job.cancel();
        QTRY_COMPARE_WITH_TIMEOUT(failed.size(), 1, 5000);
        QCOMPARE(succeeded.size(), 0);
        QCOMPARE(failed.first().first().value<SourceError>().kind, SourceError::Kind::Cancelled);
        QCOMPARE(failed.first().first().value<SourceError>().message, QStringLiteral("stopped"));
    }

    void aNewRunSupersedesTheOldOne()
    {
        BackgroundJob job(QStringLiteral("test job"));
        QSignalSpy succeeded(&job, &BackgroundJob::succeeded);
        QSignalSpy failed(&job, &BackgroundJob::failed);
        const auto slow = [](JobControl &control) {
            for (int i = 0; i < 300 && control.report(i, 300); ++i)
                QThread::msleep(10);
            return JobResult{std::nullopt, 1};
        };
        job.start(slow);
        job.start([](JobControl &) { return JobResult{std::nullopt, 2}; });
        QTRY_COMPARE_WITH_TIMEOUT(succeeded.size(), 1, 10000);
        QCOMPARE(succeeded.first().first().toLongLong(), 2);
        QTest::qWait(100);
        QCOMPARE(succeeded.size(), 1); // the first run's answer is dropped
        QCOMPARE(failed.size(), 0);
    }

    void destroyingTheJobStopsTheWork()
    {
        std::atomic<bool> sawCancel = false;
        std::atomic<bool> started = false;
        {
            BackgroundJob job(QStringLiteral("test job"));
            job.start([&](JobControl &control) {
                started = true;
                while (control.report(0, 1))
                    QThread::msleep(5);
                sawCancel = true;
                return JobResult{};
            });
            QTRY_VERIFY_WITH_TIMEOUT(started.load(), 5000);
        } // waits for the work
        QVERIFY(sawCancel.load());
    }
};

QTEST_MAIN(TestBackgroundJob)
#include "tst_backgroundjob.moc"
