// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 SMS Log Viewer contributors
#pragma once

#include <QElapsedTimer>
#include <QList>
#include <QString>
#include <algorithm>
#include <cmath>
#include <functional>
#include <stdexcept>

// Small pieces shared by the benchmark's files: its error, timing and statistics.
namespace Bench {

// Something went wrong (not: a goal was missed). Ends the run with a non-zero exit code.
class Error : public std::runtime_error
{
public:
    explicit Error(const QString &what)
        : std::runtime_error(what.toStdString())
    { }
};

// Milliseconds with two decimals.
inline double round2(double ms)
{
    return std::round(ms * 100.0) / 100.0;
}

inline double msSince(const QElapsedTimer &timer)
{
    return round2(double(timer.nsecsElapsed()) / 1e6);
}

// Nearest-rank percentile (p in [0, 1]); 0 for no values.
inline double percentile(QList<double> values, double p)
{
    if (values.isEmpty())
        return 0;
    std::sort(values.begin(), values.end());
    const auto rank = qsizetype(std::ceil(p * double(values.size())));
    return values.at(std::clamp<qsizetype>(rank - 1, 0, values.size() - 1));
}

inline double median(const QList<double> &values)
{
    return percentile(values, 0.5);
}

inline double maximum(const QList<double> &values)
{
    return values.isEmpty() ? 0 : *std::max_element(values.begin(), values.end());
}

// Runs `measure` (which returns milliseconds) up to `runs` times and gives the median. Repeats
// stop early once the runs have taken `budgetMs` together, so that a slow figure costs one run.
inline double medianOfRuns(const std::function<double()> &measure, int runs, double budgetMs = 2000)
{
    QList<double> times;
    double spent = 0;
    for (int run = 0; run < runs && (run == 0 || spent < budgetMs); ++run) {
        times << measure();
        spent += times.last();
    }
    return median(times);
}

inline QString ms(double value)
{
    return QString::number(value, 'f', 2) + QStringLiteral(" ms");
}

} // namespace Bench
